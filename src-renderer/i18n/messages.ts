/**
 * A translation must have exactly the keys of the English messages, each a
 * string: the compiler then refuses a missing or extra key in Dutch.
 */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
