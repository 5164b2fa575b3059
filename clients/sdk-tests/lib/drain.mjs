// Reads an SDK's raw stream (create({ stream: true })) to its end, keeping what arrived before a
// failure: a test of a cut stream needs both the chunks and the error.

/** Every chunk (or event) until the stream ends or throws: { chunks, error }. */
export async function drain(stream) {
  const chunks = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
    return { chunks, error: null };
  } catch (error) {
    return { chunks, error };
  }
}
