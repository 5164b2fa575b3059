/**
 * The core: {@link dev.switchboard.server.inference.Inference}, the plain Java API every surface
 * calls ({@code complete}/{@code stream} a chat request, embeddings, token counts, models), given a
 * request and its {@link dev.switchboard.server.inference.Caller}, answering with a future or a
 * {@code StreamMessage} of canonical chunks. {@code InferenceCore} routes the model and runs the plan
 * through one {@code AttemptLoop}, whose tries are whole answers ({@code PlannedCalls}) or streams
 * ({@code StreamCall}: continuation, roles, what may be retried). It knows nothing of HTTP or gRPC:
 * it depends on routing, upstream, provider and alias, and nothing here imports a surface.
 */
package dev.switchboard.server.inference;
