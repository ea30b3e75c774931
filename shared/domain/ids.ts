/** Identifiers are opaque strings (UUIDs made by whoever creates the record). */
export type Id = string;
/** ISO 8601 instant, UTC (`new Date().toISOString()`). */
export type IsoInstant = string;
/** Lower-case hex SHA-256 of a file's bytes: the evidence store's key. */
export type Sha256Hex = string;
