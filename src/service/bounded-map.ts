/**
 * A Map that forgets its oldest entry beyond `max` (insertion order). With `admit`, set() keeps
 * only the keys it accepts: the server's caches admit issued statements only, so what someone typed
 * is answered without being remembered, and junk cannot push real entries out.
 */
export function boundedMap<K, V>(max: number, admit?: (k: K) => boolean): Map<K, V> {
  const m = new Map<K, V>();
  const set = m.set.bind(m);
  m.set = (k: K, v: V) => {
    if (admit && !admit(k)) return m;
    if (m.size >= max && !m.has(k)) m.delete(m.keys().next().value as K);
    return set(k, v);
  };
  return m;
}
