//! One stable sort for the whole crate. `slice::sort_by` is compiled again for every comparator
//! and element type (about 2 KB of wasm each, over 25 KB in all); here only a tiny permutation
//! step is generic, and the merge sort itself is compiled once.

use alloc::vec::Vec;
use core::cmp::Ordering;

/// A stable bottom-up merge sort of the indices `0..n` by `cmp`, compiled once.
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut src: Vec<usize> = (0..n).collect();
    let mut dst: Vec<usize> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        dst.clear();
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid || j < end {
                let take_left = match (src.get(i), src.get(j)) {
                    (Some(&a), Some(&b)) if i < mid && j < end => cmp(a, b) != Ordering::Greater,
                    _ => i < mid,
                };
                let next = if take_left { src.get(i) } else { src.get(j) };
                if let Some(&k) = next {
                    dst.push(k);
                }
                if take_left {
                    i += 1;
                } else {
                    j += 1;
                }
            }
            start = end;
        }
        core::mem::swap(&mut src, &mut dst);
        width *= 2;
    }
    src
}

/// Sorts `items` by `cmp`, stable (equal items keep their order).
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_indices(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn sorts_stably() {
        for n in 0..40usize {
            // Keys repeat, so stability is visible through the second field.
            let mut v: Vec<(usize, usize)> = (0..n).map(|i| ((i * 7919) % 5, i)).collect();
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            sort_by(&mut v, |a, b| a.0.cmp(&b.0));
            assert_eq!(v, expected, "n = {n}");
        }
        let mut w = vec!["b", "a", "c"];
        sort_by(&mut w, |a, b| b.cmp(a));
        assert_eq!(w, vec!["c", "b", "a"]);
    }
}
