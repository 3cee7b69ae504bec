//! Property tests of the criteria language: print/parse round trip, no panic on any input.

use oncotwin_pathway::criteria::{Criterion, Duration, Literal, Op, Subject, Test, TimeUnit, Truth};
use oncotwin_pathway::facts::{Fact, FactType, Graded, FACTS};
use oncotwin_pathway::{Code, CodeSystem};
use proptest::prelude::*;

fn literal_for(fact: Fact) -> BoxedStrategy<Literal> {
    match fact.ty() {
        FactType::Bool | FactType::Event => any::<bool>().prop_map(Literal::Bool).boxed(),
        // (Bool facts only take = and !=; see test_strategy.)
        FactType::Number => prop_oneof![
            (0u32..1000).prop_map(|n| Literal::Number(n as f64)),
            (-1.0e6f64..1.0e6).prop_map(Literal::Number)
        ]
        .boxed(),
        FactType::Enum(words) => {
            proptest::sample::select(words.to_vec()).prop_map(|w| Literal::Word(w.to_string())).boxed()
        }
        FactType::Variants(words) => {
            let mut all: Vec<&str> = words.to_vec();
            all.push("wildtype");
            proptest::sample::select(all).prop_map(|w| Literal::Word(w.to_string())).boxed()
        }
        FactType::Stage => proptest::sample::select(vec![
            "0", "I", "IA", "IA1", "IB", "II", "IIA", "IIB", "III", "IIIA", "IIIC", "IV", "IVA", "IVB",
        ])
        .prop_map(|s| Literal::Graded(Graded::parse_stage(s).expect("valid stage")))
        .boxed(),
        FactType::Tnm(axis) => {
            let opts: Vec<&str> = match axis {
                oncotwin_pathway::facts::TnmAxis::T => {
                    vec!["T0", "Tis", "T1", "T1mi", "T1a", "T2", "T2b", "T3", "T4", "T4d"]
                }
                oncotwin_pathway::facts::TnmAxis::N => vec!["N0", "N1", "N1mi", "N2", "N2a", "N3c"],
                oncotwin_pathway::facts::TnmAxis::M => vec!["M0", "M1", "M1a", "M1c"],
            };
            proptest::sample::select(opts)
                .prop_map(move |s| Literal::Graded(Graded::parse_tnm(axis, s).expect("valid tnm")))
                .boxed()
        }
        FactType::Codes(systems) => {
            let pool: Vec<Code> = [
                "icd10:C50",
                "icd10:C50.911",
                "icd10:C34.90",
                "snomed:254837009",
                "snomed:254637007",
                "rxnorm:224905",
                "rxnorm:1721560",
                "cpt:19301",
                "cpt:32663",
                "snomed:173171007",
            ]
            .iter()
            .filter_map(|c| Code::parse(c).ok())
            .filter(|c| systems.contains(&c.system))
            .collect();
            proptest::sample::select(pool).prop_map(Literal::Code).boxed()
        }
    }
}

fn test_strategy() -> impl Strategy<Value = Test> {
    proptest::sample::select((0..FACTS.len()).collect::<Vec<_>>()).prop_flat_map(|i| {
        let fact = Fact(&FACTS[i]);
        match fact.ty() {
            FactType::Event => prop_oneof![
                (any::<bool>(), any::<bool>()).prop_map(move |(b, ne)| Test {
                    subject: Subject::Fact(fact),
                    op: if ne { Op::Ne } else { Op::Eq },
                    values: vec![Literal::Bool(b)]
                }),
                (
                    proptest::sample::select(vec![Op::Lt, Op::Le, Op::Gt, Op::Ge]),
                    0u32..500,
                    proptest::sample::select(vec![TimeUnit::Day, TimeUnit::Week, TimeUnit::Month, TimeUnit::Year])
                )
                    .prop_map(move |(op, amount, unit)| Test {
                        subject: Subject::Since(fact),
                        op,
                        values: vec![Literal::Duration(Duration { amount, unit })]
                    }),
            ]
            .boxed(),
            FactType::Bool => (any::<bool>(), any::<bool>())
                .prop_map(move |(b, ne)| Test {
                    subject: Subject::Fact(fact),
                    op: if ne { Op::Ne } else { Op::Eq },
                    values: vec![Literal::Bool(b)],
                })
                .boxed(),
            ty => {
                let ordered = matches!(ty, FactType::Number | FactType::Stage | FactType::Tnm(_));
                let ops = if ordered {
                    vec![Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::In, Op::NotIn]
                } else {
                    vec![Op::Eq, Op::Ne, Op::In, Op::NotIn]
                };
                (proptest::sample::select(ops), proptest::collection::vec(literal_for(fact), 1..4))
                    .prop_map(move |(op, mut values)| {
                        if !matches!(op, Op::In | Op::NotIn) {
                            values.truncate(1);
                        }
                        // `wildtype` only compares with = / != (and in lists).
                        Test { subject: Subject::Fact(fact), op, values }
                    })
                    .boxed()
            }
        }
    })
}

fn criterion_strategy() -> impl Strategy<Value = Criterion> {
    let leaf = test_strategy().prop_map(Criterion::Test);
    leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 2..4).prop_map(Criterion::All),
            proptest::collection::vec(inner.clone(), 2..4).prop_map(Criterion::Any),
            inner.clone().prop_map(|c| Criterion::Not(Box::new(c))),
            inner.prop_map(|c| Criterion::Unless(Box::new(c))),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    #[test]
    fn print_then_parse_gives_the_same_criterion(c in criterion_strategy()) {
        let text = c.to_string();
        let back = Criterion::parse(&text).map_err(|e| TestCaseError::fail(format!("`{text}` did not parse: {e}")))?;
        prop_assert_eq!(&back, &c, "text: {}", text);
        prop_assert_eq!(back.to_string(), text);
    }

    #[test]
    fn parser_never_panics_on_arbitrary_text(s in "\\PC{0,200}") {
        let _ = Criterion::parse(&s);
    }

    #[test]
    fn parser_never_panics_on_token_soup(tokens in proptest::collection::vec(proptest::sample::select(vec![
        "her2", "=", "positive", "and", "or", "not", "(", ")", "[", "]", ",", "in", "since", "surgery",
        "<=", "12", "weeks", "stage", "IIIA", "T2", "dx", "icd10:C50", "rxnorm:", "-", ".", "!=", ">",
        "egfr", "wildtype", "pdl1_tps", "50", "true", "prior_drugs", "snomed:123", "1e9", "é",
    ]), 0..40)) {
        let text = tokens.join(" ");
        if let Ok(c) = Criterion::parse(&text) {
            // Anything accepted prints to something that parses back the same.
            let printed = c.to_string();
            prop_assert_eq!(Criterion::parse(&printed).ok(), Some(c));
        }
    }

    #[test]
    fn evaluation_never_panics(c in criterion_strategy(), stage in "(I|II|III|IV)[AB]?", tps in 0u32..100) {
        let facts = crate::facts(&format!("stage={stage}; pdl1_tps={tps}; her2=positive; egfr=l858r; surgery=2025-01-01; prior_drugs=rxnorm:224905"));
        let _ = c.evaluate(&facts);
        let _ = c.explain(&facts);
    }

    #[test]
    fn truth_is_the_evaluated_truth(c in criterion_strategy(), stage in "(I|II|III|IV)[AB]?", tps in 0u32..100) {
        let facts = crate::facts(&format!("stage={stage}; pdl1_tps={tps}; her2=positive; egfr=l858r; surgery=2025-01-01; prior_drugs=rxnorm:224905"));
        prop_assert_eq!(c.truth(&facts), c.evaluate(&facts).truth);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let text = format!("{}er = positive{}", "(".repeat(10_000), ")".repeat(10_000));
    assert!(Criterion::parse(&text).is_err());
    let nots = format!("{}er = positive", "not ".repeat(10_000));
    assert!(Criterion::parse(&nots).is_err());
}

#[test]
fn code_systems_round_trip_through_uris() {
    for s in CodeSystem::ALL {
        assert_eq!(CodeSystem::parse(s.uri()), Some(s));
        assert_eq!(CodeSystem::parse(s.prefix()), Some(s));
    }
}

#[test]
fn unless_excludes_only_what_the_record_shows() {
    let c = Criterion::parse("stage = IV and unless braf = v600e").unwrap();
    assert_eq!(c.to_string(), "stage = IV and unless braf = v600e");
    let unless = Criterion::parse("unless braf = v600e").unwrap();
    // Not tested: met, pointing at the fact snapshot (nothing documents the exclusion).
    let untested = unless.evaluate(&crate::facts("stage=IV"));
    assert_eq!(untested.truth, Truth::Met);
    assert_eq!(untested.evidence, vec!["facts#braf".to_string()]);
    assert!(untested.missing.is_empty());
    // Another BRAF variant: met; V600E: not met.
    assert_eq!(unless.evaluate(&crate::facts("braf=other")).truth, Truth::Met);
    assert_eq!(unless.evaluate(&crate::facts("braf=v600e")).truth, Truth::NotMet);
    // `not` stays Kleene: unknown when the fact is missing.
    let not = Criterion::parse("not braf = v600e").unwrap();
    assert_eq!(not.evaluate(&crate::facts("stage=IV")).truth, Truth::Unknown);
    // The explanation is one leaf a reviewer can read.
    let e = unless.explain(&crate::facts("braf=v600e"));
    assert_eq!(e.criterion, "unless braf = v600e");
    assert!(e.children.is_empty());
    assert_eq!(e.outcome.truth, Truth::NotMet);
}
