/** The same tree of keys with any text: what the German strings must have, given the English ones. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/**
 * One feature's strings in both languages. The English tree is the source of the keys; the German one must
 * have exactly the same keys (a missing or extra key fails the type-check, not only the test).
 */
export const defineMessages = <T extends object>(messages: { en: T; de: NoInfer<SameKeys<T>> }) => messages;
