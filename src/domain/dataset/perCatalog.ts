/**
 * Memoises a builder per catalog (or any object key): the dataset never changes while the
 * add-in runs, so what is built from a catalog is built once.
 */
export function perCatalog<Key extends object, T>(build: (key: Key) => T): (key: Key) => T {
  const cache = new WeakMap<Key, T>();
  return (key) => {
    let built = cache.get(key);
    if (built === undefined) {
      built = build(key);
      cache.set(key, built);
    }
    return built;
  };
}
