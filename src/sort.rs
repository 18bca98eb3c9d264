//! One stable sort for the whole crate.
//!
//! `slice::sort_by` is generic over the element and the comparison, so every
//! call site with its own closure carries its own copy of the merge sort —
//! about 3 KB of WASM each. The lists sorted here are short (a profile's
//! people, notes, evidence), so they are sorted through one instantiation:
//! a permutation of indices ordered by a comparison behind `dyn`.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as [`slice::sort_by`] would.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = permutation(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    // Gather in place: position i receives the element that was at order[i];
    // an earlier swap may have moved it, so follow the chain past i.
    for i in 0..v.len() {
        let mut from = order[i];
        while from < i {
            from = order[from];
        }
        v.swap(i, from);
    }
}

/// Sorts `v` in its order. For the short lists of characters, bytes and
/// strings sorted before a `dedup`, whose equal elements are alike, it
/// orders them as [`slice::sort_unstable`] would, without a copy of the
/// standard library's sort per element type.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The set of `items`, inserted one by one. `collect()` into a set sorts
/// the items first, with a copy of the standard sort per element type; the
/// set is the same (of equal items it keeps the first rather than the last,
/// which for the strings collected here is the same string).
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> std::collections::BTreeSet<T> {
    let mut set = std::collections::BTreeSet::new();
    set.extend(items);
    set
}

/// The map of `items`, inserted one by one (see [`set_of`]): of equal keys
/// the last value stays, as with `collect()`.
pub fn map_of<K: Ord, V>(items: impl IntoIterator<Item = (K, V)>) -> std::collections::BTreeMap<K, V> {
    let mut map = std::collections::BTreeMap::new();
    map.extend(items);
    map
}

/// Sorts `v` stably by a key, as [`slice::sort_by_key`] would.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..n` in the order `cmp` gives them (stable).
#[inline(never)]
fn permutation(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_stably_like_the_standard_library() {
        let words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "", "a"];
        let mut ours: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        let mut std = ours.clone();
        super::sort_by(&mut ours, |a, b| a.len().cmp(&b.len()));
        std.sort_by_key(|s| s.len());
        assert_eq!(ours, std);
        super::sort_by(&mut ours, |a, b| b.cmp(a));
        std.sort_by(|a, b| b.cmp(a));
        assert_eq!(ours, std);
        // Longer lists with many ties, against the standard library.
        let mut seed = 7u32;
        for n in [2, 3, 10, 100, 1000] {
            let mut ours: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 13, i)
                })
                .collect();
            let mut std = ours.clone();
            super::sort_by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std);
        }
        let mut empty: Vec<u8> = Vec::new();
        super::sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }
}
