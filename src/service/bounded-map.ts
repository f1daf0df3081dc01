/** A Map that forgets its oldest entry beyond `max` (insertion order). */
export function boundedMap<K, V>(max: number): Map<K, V> {
  const m = new Map<K, V>();
  const set = m.set.bind(m);
  m.set = (k: K, v: V) => {
    if (m.size >= max) m.delete(m.keys().next().value as K);
    return set(k, v);
  };
  return m;
}
