//! One stable sort for the whole crate. `slice::sort_by` is compiled again for every comparator
//! and element type (about 2 KB of wasm each, over 25 KB in all); here the merge sort and the
//! plan of swaps are compiled once, and only a loop of `swap`s is generic.

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

/// The swaps that put element `order[k]` at position `k` for every `k`, one cycle of the
/// permutation at a time (each swap settles one position, so at most `n` of them), as
/// `(lower, higher)` index pairs. Compiled once.
fn swaps(order: &[usize]) -> Vec<(usize, usize)> {
    let mut plan = Vec::with_capacity(order.len());
    let mut settled = alloc::vec![false; order.len()];
    for start in 0..order.len() {
        let mut at = start;
        while let Some(done) = settled.get_mut(at) {
            if *done {
                break;
            }
            *done = true;
            let next = order.get(at).copied().unwrap_or(start);
            if next == start {
                break;
            }
            plan.push((at.min(next), at.max(next)));
            at = next;
        }
    }
    plan
}

/// Sorts `items` by `cmp`, stable (equal items keep their order).
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_indices(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => Ordering::Equal,
    });
    for (a, b) in swaps(&order) {
        // `a < b < len` always; `slice::swap` would still compile in a bounds-check panic and
        // its message formatting.
        if let Some((low, high)) = items.split_at_mut_checked(b) {
            if let (Some(x), Some(y)) = (low.get_mut(a), high.first_mut()) {
                core::mem::swap(x, y);
            }
        }
    }
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
        // Every permutation of 5 distinct items (5^5 index patterns, sorted ones kept).
        let mut count = 0;
        for code in 0..3125usize {
            let mut v: Vec<usize> = (0..5).map(|i| (code / 5usize.pow(i)) % 5).collect();
            let mut seen = v.clone();
            seen.sort_unstable();
            seen.dedup();
            if seen.len() < 5 {
                continue;
            }
            count += 1;
            sort_by(&mut v, |a, b| a.cmp(b));
            assert_eq!(v, vec![0, 1, 2, 3, 4]);
        }
        assert_eq!(count, 120);
        // Large inputs agree with std's stable sort.
        let mut seed = 12345u64;
        let mut big: Vec<(u64, usize)> = (0..5000)
            .map(|i| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (seed >> 54, i)
            })
            .collect();
        let mut expected = big.clone();
        expected.sort_by_key(|p| p.0);
        sort_by(&mut big, |a, b| a.0.cmp(&b.0));
        assert_eq!(big, expected);
        let mut w = vec!["b", "a", "c"];
        sort_by(&mut w, |a, b| b.cmp(a));
        assert_eq!(w, vec!["c", "b", "a"]);
    }
}
