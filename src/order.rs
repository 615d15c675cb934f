//! Sorting through one copy of core's stable sort. Sorting each element type with its own
//! comparator compiles a separate copy of the sort (about 4.5 KB of wasm each, a dozen in this
//! crate), so every sort here orders positions with a `dyn` comparator, then moves the items.

use alloc::vec::Vec;
use core::cmp::Ordering;

/// Sorts `items` by `cmp`, stably (equal items keep their order).
pub(crate) fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    {
        let items = &*items;
        let by: &dyn Fn(&usize, &usize) -> Ordering = &|a, b| match (items.get(*a), items.get(*b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        };
        order.sort_by(by);
    }
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    for i in order {
        if let Some(item) = slots.get_mut(i).and_then(Option::take) {
            items.push(item);
        }
    }
}

/// Sorts `items` by a key, stably.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = alloc::vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
    }
}
