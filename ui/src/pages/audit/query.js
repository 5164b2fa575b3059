// The Audit page's filters as ListAuditEntries query parameters.

export const PAGE_SIZE = 50;

/** The filters as ListAuditEntries query parameters; datetime-local is the browser's local time. */
export function auditQuery(filters, pageToken = '') {
  const q = new URLSearchParams({ page_size: String(PAGE_SIZE) });
  if (filters.actor) q.set('actor', filters.actor);
  if (filters.action) q.set('action', filters.action);
  if (filters.resource) q.set('resource', filters.resource);
  if (filters.from) q.set('start_time', new Date(filters.from).toISOString());
  if (filters.to) q.set('end_time', new Date(filters.to).toISOString());
  if (pageToken) q.set('page_token', pageToken);
  return q.toString();
}
