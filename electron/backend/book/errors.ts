/** An error the user should read: its message is Vietnamese and says what and where. */
export class BookError extends Error {
  override readonly name = 'BookError';
}
