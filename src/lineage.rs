//! Which models each model replaces, read from the catalog's `supersededBy`. Many current
//! models publish their benchmarks only as images, so the catalog holds no number for them;
//! the rules then score such a model at least as the nearest earlier model of its line that
//! does publish one (the vendor presents each release as an improvement on what it replaces),
//! and the reason names that model and its number. Built once per recommendation.

use crate::catalog::Catalog;
use crate::model::Model;
use alloc::vec::Vec;

/// How many `supersededBy` links a search follows back (a line rarely has more than four).
const MAX_STEPS: usize = 8;

/// The catalog's `supersededBy` links, reversed: for each model, the models it replaces.
#[derive(Debug)]
pub(crate) struct Lineage<'m> {
    /// `(successor id, predecessor)`, sorted by successor id.
    links: Vec<(&'m str, &'m Model)>,
}

impl<'m> Lineage<'m> {
    /// Indexes every `supersededBy` link of the catalog.
    pub(crate) fn new(catalog: &'m Catalog) -> Self {
        let mut links: Vec<(&'m str, &'m Model)> = catalog
            .models
            .iter()
            .filter_map(|m| Some((m.superseded_by.as_deref()?, m)))
            .collect();
        crate::order::sort_by(&mut links, |a, b| a.0.cmp(b.0));
        Lineage { links }
    }

    /// The models `id` replaces directly.
    fn replaced_by(&self, id: &str) -> &[(&'m str, &'m Model)] {
        let start = self.links.partition_point(|(s, _)| *s < id);
        let rest = self.links.get(start..).unwrap_or_default();
        rest.get(..rest.partition_point(|(s, _)| *s == id))
            .unwrap_or_default()
    }

    /// The nearest earlier model of `model`'s line (fewest links back; at equal distance the
    /// catalog's order) for which `found` gives a value, with that value.
    pub(crate) fn nearest<T>(
        &self,
        model: &Model,
        found: impl Fn(&'m Model) -> Option<T>,
    ) -> Option<(&'m Model, T)> {
        let mut level: Vec<&'m Model> = Vec::new();
        let mut next: Vec<&'m Model> = Vec::new();
        level.extend(self.replaced_by(&model.id).iter().map(|(_, m)| *m));
        for _ in 0..MAX_STEPS {
            for m in &level {
                if let Some(value) = found(m) {
                    return Some((m, value));
                }
            }
            next.clear();
            for m in &level {
                next.extend(self.replaced_by(&m.id).iter().map(|(_, p)| *p));
            }
            if next.is_empty() {
                return None;
            }
            core::mem::swap(&mut level, &mut next);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_a_line_back_to_the_first_model_with_a_value() {
        let catalog = crate::catalog::builtin().expect("the built-in catalog is valid");
        let lineage = Lineage::new(catalog);
        let model = catalog.model("qwen3.6-35b-a3b").expect("in the catalog");
        // Qwen3.6-35B-A3B replaces Qwen3.5-35B-A3B, which replaces both Qwen3-30B-A3B-2507
        // models, which replace Qwen3-30B-A3B: the first of them with benchmarks.
        let (m, n) = lineage
            .nearest(model, |m| {
                (!m.benchmarks.is_empty()).then_some(m.benchmarks.len())
            })
            .expect("a benchmarked predecessor");
        assert_eq!(m.id, "qwen3-30b-a3b");
        assert!(n > 0);
        // The direct predecessor comes first.
        let (m, ()) = lineage.nearest(model, |_| Some(())).expect("a predecessor");
        assert_eq!(m.id, "qwen3.5-35b-a3b");
        // A model that replaces nothing has no line.
        let first = catalog.model("qwen3.5-122b-a10b").expect("in the catalog");
        assert!(lineage
            .nearest(first, |m| (!m.benchmarks.is_empty()).then_some(()))
            .is_none());
    }
}
