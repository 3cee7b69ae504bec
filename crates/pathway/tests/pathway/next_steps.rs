//! For each cancer, a table of fact sets and the next steps the pathway gives (the nodes
//! whose criteria are all Met). Facts are `name=value` pairs; `history=CODE@DATE,…` records
//! services received, which places the patient on the pathway.

use std::collections::BTreeSet;

use oncotwin_pathway::Truth;

struct Case {
    name: &'static str,
    facts: &'static str,
    met: &'static [&'static str],
}

fn check(pathway: &str, cases: &[Case]) {
    let set = crate::builtin();
    let mut failures = Vec::new();
    for c in cases {
        let facts = crate::facts(c.facts);
        let steps = set.next_steps(&facts);
        assert!(steps.iter().all(|s| s.key.pathway == pathway), "{}: steps outside {pathway}: {steps:?}", c.name);
        let met: BTreeSet<&str> =
            steps.iter().filter(|s| s.outcome.truth == Truth::Met).map(|s| s.key.node.as_str()).collect();
        let want: BTreeSet<&str> = c.met.iter().copied().collect();
        if met != want {
            let placed: Vec<_> = set.place(&facts).into_iter().map(|p| p.key.node).collect();
            let unknown: Vec<_> = steps
                .iter()
                .filter(|s| s.outcome.truth == Truth::Unknown)
                .map(|s| format!("{} (missing {})", s.key.node, s.outcome.missing.join(", ")))
                .collect();
            failures.push(format!(
                "{}: placed at {placed:?}\n  want {want:?}\n  got  {met:?}\n  unknown {unknown:?}",
                c.name
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

const BREAST: &str = "dx=icd10:C50.911; sex=female";

#[test]
fn breast() {
    check("breast", &[
        Case { name: "HER2+ stage II, T2N0", facts: "dx=icd10:C50.911; stage=IIA; t=T2; n=N0; er=negative; pr=negative; her2=positive", met: &["neoadj_her2_tchp"] },
        Case { name: "triple negative T2N1", facts: "dx=icd10:C50.411; stage=IIB; t=T2; n=N1; er=negative; pr=negative; her2=negative", met: &["neoadj_tnbc_kn522"] },
        Case { name: "HR+/HER2- T1cN0: surgery first, the recurrence score", facts: "dx=icd10:C50.211; stage=IA; t=T1c; n=N0; er=positive; pr=positive; her2=negative", met: &["surgery", "genomic_assay"] },
        Case { name: "HR+/HER2- stage IIIA: surgery and staging imaging", facts: "dx=icd10:C50.211; stage=IIIA; t=T3; n=N1; er=positive; pr=negative; her2=negative", met: &["surgery", "staging_imaging"] },
        Case { name: "DCIS", facts: "dx=icd10:D05.11; stage=0", met: &["dcis_local"] },
        Case {
            name: "HER2+ residual disease after neoadjuvant TCHP and surgery",
            facts: "dx=icd10:C50.911; stage=IIA; t=T2; n=N0; er=negative; pr=negative; her2=positive; residual_disease=true; prior_drugs=rxnorm:224905,rxnorm:1298944; history=rxnorm:224905@2024-10-01,cpt:19301@2025-02-01",
            met: &["adj_tdm1"],
        },
        Case {
            name: "HER2+ pathologic complete response",
            facts: "dx=icd10:C50.911; stage=IIA; t=T2; n=N0; er=negative; pr=negative; her2=positive; residual_disease=false; prior_drugs=rxnorm:224905,rxnorm:1298944; history=rxnorm:224905@2024-10-01,cpt:19301@2025-02-01",
            met: &["adj_hp"],
        },
        Case {
            name: "TNBC after KEYNOTE-522 and surgery, residual disease",
            facts: "dx=icd10:C50.411; stage=IIB; t=T2; n=N1; er=negative; pr=negative; her2=negative; residual_disease=true; prior_drugs=rxnorm:1547545,rxnorm:56946,rxnorm:40048; history=rxnorm:1547545@2024-10-01,cpt:19303@2025-02-01",
            met: &["adj_pembrolizumab", "adj_capecitabine"],
        },
        Case {
            name: "HR+ postmenopausal node-negative after lumpectomy: radiotherapy",
            facts: "dx=icd10:C50.211; stage=IA; t=T1c; n=N0; er=positive; pr=positive; her2=negative; menopause=post; prior_drugs=none; prior_procedures=cpt:19301; history=cpt:19301@2025-03-01",
            met: &["adj_radiotherapy"],
        },
        Case {
            name: "HR+ postmenopausal after radiotherapy: endocrine therapy",
            facts: "dx=icd10:C50.211; stage=IA; t=T1c; n=N0; er=positive; pr=positive; her2=negative; menopause=post; brca=wildtype; prior_drugs=none; prior_procedures=cpt:19301; history=cpt:19301@2025-01-15,cpt:77385@2025-04-01",
            met: &["adj_aromatase_inhibitor", "adj_tamoxifen"],
        },
        Case {
            name: "HR+ premenopausal N2 after chemo and RT: endocrine therapy plus abemaciclib",
            facts: "dx=icd10:C50.211; stage=IIIA; t=T2; n=N2; er=positive; pr=positive; her2=negative; menopause=pre; brca=wildtype; prior_drugs=rxnorm:3639,rxnorm:56946; prior_procedures=cpt:19303; history=cpt:19303@2024-08-01,rxnorm:56946@2024-12-01,cpt:77385@2025-04-01",
            met: &["adj_abemaciclib", "adj_ovarian_suppression_ai", "adj_ribociclib", "adj_tamoxifen"],
        },
        Case { name: "de novo stage IV HER2+", facts: "dx=icd10:C50.911; stage=IV; m=M1; er=positive; pr=positive; her2=positive", met: &["met_her2_l1_thp"] },
        Case { name: "de novo stage IV HR+/HER2-", facts: "dx=icd10:C50.911; sex=female; menopause=post; stage=IV; er=positive; pr=negative; her2=negative; brca=wildtype", met: &["met_hr_endocrine_mono", "met_hr_l1_cdk46_ai", "met_hr_l2_fulvestrant_cdk46"] },
        Case { name: "metastatic TNBC, CPS 15", facts: "dx=icd10:C50.911; stage=IV; er=negative; pr=negative; her2=negative; pdl1_cps=15; brca=wildtype", met: &["met_tnbc_l1_pembro_chemo"] },
        Case { name: "metastatic TNBC, CPS 1", facts: "dx=icd10:C50.911; stage=IV; er=negative; pr=negative; her2=negative; pdl1_cps=1; brca=wildtype; prior_lines=0", met: &["met_chemo", "met_tnbc_l1_adc"] },
        Case {
            name: "recurrence during surveillance, HR+/HER2-",
            facts: "dx=icd10:C50.911; stage=IIA; er=positive; pr=positive; her2=negative; brca=wildtype; menopause=post; prior_drugs=rxnorm:72965; prior_procedures=cpt:19301; recurrence=2025-05-01; history=cpt:19301@2022-03-01,cpt:77385@2022-05-01,rxnorm:72965@2022-07-01,cpt:77066@2025-04-20",
            // Fulvestrant with a CDK4/6 inhibitor is a first-line option too (ribociclib,
            // MONALEESA-3); palbociclib and abemaciclib with it carry their own gates.
            met: &["met_hr_endocrine_mono", "met_hr_l1_cdk46_ai", "met_hr_l2_fulvestrant_cdk46"],
        },
        Case {
            name: "progression on CDK4/6 inhibitor with aromatase inhibitor",
            facts: "dx=icd10:C50.911; stage=IV; er=positive; pr=positive; her2=negative; brca=wildtype; prior_drugs=rxnorm:1601374,rxnorm:72965; progression=2025-05-01; history=rxnorm:1601374@2024-01-01,rxnorm:72965@2024-01-01",
            met: &["met_hr_l2_everolimus_exemestane", "met_hr_l2_fulvestrant"],
        },
        Case {
            name: "progression on THP",
            facts: "dx=icd10:C50.911; stage=IV; er=negative; pr=negative; her2=positive; brca=wildtype; prior_drugs=rxnorm:224905,rxnorm:1298944,rxnorm:72962; progression=2025-05-01; history=rxnorm:1298944@2024-01-01,rxnorm:224905@2024-01-01,rxnorm:72962@2024-01-01",
            met: &["met_her2_l2_tdm1", "met_her2_tdxd"],
        },
    ]);
    let _ = BREAST;
}

#[test]
fn nsclc() {
    check("nsclc", &[
        Case { name: "stage IV EGFR L858R", facts: "dx=icd10:C34.10; stage=IVA; histology=adenocarcinoma; egfr=l858r; alk=wildtype; ros1=wildtype; braf=wildtype; pdl1_tps=60", met: &["met_bev_carboplatin_paclitaxel", "met_egfr_amivantamab_lazertinib", "met_egfr_early_tki", "met_egfr_erlotinib_ramucirumab", "met_egfr_osimertinib", "met_egfr_osimertinib_chemo", "met_platinum_doublet"] },
        Case { name: "stage IV ALK+", facts: "dx=icd10:C34.10; stage=IVB; histology=adenocarcinoma; egfr=wildtype; alk=fusion; ros1=wildtype; braf=wildtype; pdl1_tps=10", met: &["met_alk_alectinib", "met_alk_brigatinib", "met_alk_ceritinib", "met_alk_crizotinib", "met_alk_ensartinib", "met_alk_lorlatinib", "met_bev_carboplatin_paclitaxel", "met_platinum_doublet"] },
        Case { name: "stage IV ROS1+", facts: "dx=icd10:C34.10; stage=IVA; histology=adenocarcinoma; egfr=wildtype; alk=wildtype; ros1=fusion; braf=wildtype; pdl1_tps=0", met: &["met_atezo_bev_carboplatin_paclitaxel", "met_atezo_nabpaclitaxel_carboplatin", "met_bev_carboplatin_paclitaxel", "met_durva_treme_chemo", "met_nivo_ipi_chemo", "met_pembro_pemetrexed_platinum", "met_platinum_doublet", "met_ros1_crizotinib", "met_ros1_entrectinib", "met_ros1_repotrectinib", "met_ros1_taletrectinib"] },
        Case { name: "stage IV BRAF V600E, PD-L1 0", facts: "dx=icd10:C34.10; stage=IVA; histology=adenocarcinoma; egfr=wildtype; alk=wildtype; ros1=wildtype; braf=v600e; pdl1_tps=0", met: &["met_atezo_bev_carboplatin_paclitaxel", "met_atezo_nabpaclitaxel_carboplatin", "met_bev_carboplatin_paclitaxel", "met_braf_dabrafenib_trametinib", "met_braf_encorafenib_binimetinib", "met_cemiplimab_chemo", "met_durva_treme_chemo", "met_nivo_ipi_chemo", "met_pembro_pemetrexed_platinum", "met_platinum_doublet"] },
        Case {
            name: "stage IV no driver, PD-L1 80%, nonsquamous",
            facts: "dx=icd10:C34.10; stage=IVA; histology=adenocarcinoma; egfr=wildtype; alk=wildtype; ros1=wildtype; braf=wildtype; pdl1_tps=80",
            met: &["met_atezo_bev_carboplatin_paclitaxel", "met_atezo_nabpaclitaxel_carboplatin", "met_atezolizumab_mono", "met_bev_carboplatin_paclitaxel", "met_cemiplimab_chemo", "met_cemiplimab_mono", "met_durva_treme_chemo", "met_nivo_ipi_chemo", "met_nivolumab_ipilimumab", "met_pembro_pemetrexed_platinum", "met_pembrolizumab_mono", "met_platinum_doublet"],
        },
        Case { name: "PD-L1 80% but EGFR exon 19 deletion: no IO monotherapy", facts: "dx=icd10:C34.10; stage=IVA; histology=adenocarcinoma; egfr=exon19del; alk=wildtype; ros1=wildtype; braf=wildtype; pdl1_tps=80", met: &["met_bev_carboplatin_paclitaxel", "met_egfr_amivantamab_lazertinib", "met_egfr_early_tki", "met_egfr_erlotinib_ramucirumab", "met_egfr_osimertinib", "met_egfr_osimertinib_chemo", "met_platinum_doublet"] },
        Case { name: "stage IV squamous, PD-L1 10%", facts: "dx=icd10:C34.10; stage=IVA; histology=squamous; egfr=wildtype; alk=wildtype; ros1=wildtype; braf=wildtype; pdl1_tps=10", met: &["met_cemiplimab_chemo", "met_durva_treme_chemo", "met_necitumumab_gem_cis", "met_nivo_ipi_chemo", "met_nivolumab_ipilimumab", "met_pembro_carboplatin_taxane", "met_pembrolizumab_mono", "met_platinum_doublet"] },
        Case { name: "stage IIIA resectable T2bN1 without EGFR/ALK", facts: "dx=icd10:C34.10; stage=IIIA; t=T2b; n=N1; resectable=true; egfr=wildtype; alk=wildtype", met: &["neoadj_chemo_io", "periop_durvalumab", "periop_nivolumab", "periop_pembrolizumab", "surgery"] },
        Case { name: "stage IA resectable", facts: "dx=icd10:C34.10; stage=IA; t=T1b; n=N0; resectable=true", met: &["surgery"] },
        Case { name: "stage IA medically inoperable", facts: "dx=icd10:C34.10; stage=IA; resectable=false", met: &["sbrt"] },
        Case {
            name: "resected stage IB EGFR exon 19 deletion",
            facts: "dx=icd10:C34.10; stage=IB; t=T2a; n=N0; egfr=exon19del; alk=wildtype; prior_drugs=none; history=cpt:32663@2025-04-01",
            met: &["adj_osimertinib"],
        },
        Case {
            name: "resected stage IIB without driver: adjuvant chemotherapy",
            facts: "dx=icd10:C34.10; stage=IIB; t=T3; n=N0; egfr=wildtype; alk=wildtype; prior_drugs=none; history=cpt:32663@2025-04-01",
            met: &["adj_chemo"],
        },
        Case {
            name: "unresectable stage III after chemoradiotherapy, no progression",
            facts: "dx=icd10:C34.10; stage=IIIB; resectable=false; egfr=wildtype; alk=wildtype; progression=none; prior_classes=platinum; history=cpt:77385@2025-04-01,rxnorm:2555@2025-04-01,rxnorm:4179@2025-04-01",
            met: &["consolidation_durvalumab"],
        },
        Case {
            name: "progression on first-line osimertinib",
            facts: "dx=icd10:C34.10; stage=IVA; histology=adenocarcinoma; egfr=l858r; alk=wildtype; ros1=wildtype; braf=wildtype; prior_drugs=rxnorm:1721560; progression=2025-05-01; history=rxnorm:1721560@2023-06-01",
            met: &[],
        },
        Case {
            name: "T790M after erlotinib",
            facts: "dx=icd10:C34.10; stage=IVA; histology=adenocarcinoma; egfr=exon19del,t790m; alk=wildtype; ros1=wildtype; braf=wildtype; prior_drugs=rxnorm:337525; progression=2025-05-01; history=rxnorm:337525@2023-06-01",
            met: &["met_l2_osimertinib_t790m"],
        },
        Case {
            name: "progression on pembrolizumab with pemetrexed-carboplatin",
            facts: "dx=icd10:C34.10; stage=IVA; histology=adenocarcinoma; egfr=wildtype; alk=wildtype; ros1=wildtype; braf=wildtype; pdl1_tps=20; prior_drugs=rxnorm:1547545,rxnorm:68446,rxnorm:40048; progression=2025-05-01; history=rxnorm:1547545@2024-06-01,rxnorm:68446@2024-06-01,rxnorm:40048@2024-06-01",
            met: &[],
        },
    ]);
}

#[test]
fn colorectal() {
    check("colorectal", &[
        Case { name: "stage III colon: colectomy", facts: "dx=icd10:C18.7; stage=IIIB", met: &["colectomy"] },
        Case { name: "stage III colon after colectomy: FOLFOX or CAPOX", facts: "dx=icd10:C18.7; stage=IIIB; t=T3; n=N1; msi=stable; mmr=proficient; history=cpt:44204@2025-05-01", met: &["adj_folfox_capox"] },
        Case { name: "stage II T4 pMMR after colectomy", facts: "dx=icd10:C18.2; stage=IIB; t=T4a; n=N0; msi=stable; mmr=proficient; history=cpt:44204@2025-05-01", met: &["adj_fluoropyrimidine"] },
        Case { name: "stage II MSI-high after colectomy: surveillance", facts: "dx=icd10:C18.2; stage=IIA; t=T3; n=N0; msi=high; mmr=deficient; history=cpt:44204@2025-05-01", met: &["surveillance"] },
        Case { name: "stage III rectal: total neoadjuvant therapy", facts: "dx=icd10:C20; stage=IIIB", met: &["rectal_tnt"] },
        Case { name: "stage I rectal: TME", facts: "dx=icd10:C20; stage=I", met: &["rectal_surgery"] },
        // Immunotherapy is preferred for MSI-H; bevacizumab's label names no MSI condition, so
        // chemotherapy with bevacizumab stays open.
        Case { name: "stage IV MSI-high", facts: "dx=icd10:C18.7; stage=IVA; msi=high; mmr=deficient; kras=wildtype; nras=wildtype; braf=wildtype; resectable=false", met: &["met_pembrolizumab", "met_nivolumab_ipilimumab", "met_chemo_bevacizumab"] },
        Case { name: "stage IV MSS RAS/BRAF wild-type", facts: "dx=icd10:C18.7; stage=IVA; msi=stable; mmr=proficient; kras=wildtype; nras=wildtype; braf=wildtype; resectable=false", met: &["met_chemo_anti_egfr", "met_chemo_bevacizumab", "met_l1_folfiri_cetuximab"] },
        Case { name: "stage IV KRAS G12C: no anti-EGFR", facts: "dx=icd10:C18.7; stage=IVA; msi=stable; mmr=proficient; kras=g12c; nras=wildtype; braf=wildtype; resectable=false", met: &["met_chemo_bevacizumab"] },
        Case { name: "stage IV BRAF V600E: no anti-EGFR", facts: "dx=icd10:C18.7; stage=IVA; msi=stable; mmr=proficient; kras=wildtype; nras=wildtype; braf=v600e; resectable=false", met: &["met_chemo_bevacizumab", "met_l1_encorafenib_cetuximab_folfox"] },
        Case { name: "resectable liver metastases, RAS mutant", facts: "dx=icd10:C18.7; stage=IVA; msi=stable; mmr=proficient; kras=g12d; nras=wildtype; braf=wildtype; resectable=true", met: &["met_chemo_bevacizumab", "met_resection"] },
        Case {
            name: "progression after FOLFOX-bevacizumab, RAS mutant",
            facts: "dx=icd10:C18.7; stage=IVA; msi=stable; mmr=proficient; kras=g12d; nras=wildtype; braf=wildtype; prior_drugs=rxnorm:32592,rxnorm:4492,rxnorm:253337; prior_classes=oxaliplatin,platinum,fluoropyrimidine,anti_vegf; progression=2025-05-01; history=rxnorm:32592@2024-06-01,rxnorm:253337@2024-06-01,rxnorm:4492@2024-06-01",
            met: &["met_l2_folfiri_aflibercept", "met_l2_folfiri_bevacizumab", "met_l2_folfiri_ramucirumab"],
        },
        Case {
            name: "progression after FOLFOX-panitumumab, RAS wild-type",
            facts: "dx=icd10:C18.7; stage=IVA; msi=stable; mmr=proficient; kras=wildtype; nras=wildtype; braf=wildtype; prior_drugs=rxnorm:32592,rxnorm:4492,rxnorm:263034; prior_classes=oxaliplatin,platinum,fluoropyrimidine,anti_egfr; progression=2025-05-01; history=rxnorm:32592@2024-06-01,rxnorm:263034@2024-06-01,rxnorm:4492@2024-06-01",
            met: &["met_l2_folfiri_aflibercept", "met_l2_folfiri_bevacizumab"],
        },
        Case {
            name: "after fluoropyrimidine, oxaliplatin, irinotecan and bevacizumab, RAS mutant: regorafenib",
            facts: "dx=icd10:C18.7; stage=IVA; msi=stable; mmr=proficient; kras=g12d; nras=wildtype; braf=wildtype; prior_drugs=rxnorm:4492,rxnorm:32592,rxnorm:51499,rxnorm:253337; prior_classes=fluoropyrimidine,oxaliplatin,platinum,irinotecan,anti_vegf; progression=2025-05-01; history=rxnorm:51499@2025-01-01,rxnorm:253337@2025-01-01",
            met: &["met_l2_fruquintinib", "met_l2_regorafenib", "met_l2_trifluridine_tipiracil"],
        },
        Case {
            // The regorafenib label's prerequisites (fixed gate): no fluoropyrimidine on record.
            name: "after oxaliplatin, irinotecan and bevacizumab without a fluoropyrimidine: no regorafenib",
            facts: "dx=icd10:C18.7; stage=IVA; msi=stable; mmr=proficient; kras=g12d; nras=wildtype; braf=wildtype; prior_drugs=rxnorm:32592,rxnorm:51499,rxnorm:253337; prior_classes=oxaliplatin,platinum,irinotecan,anti_vegf; progression=2025-05-01; history=rxnorm:51499@2025-01-01,rxnorm:253337@2025-01-01",
            met: &[],
        },
        Case {
            // RAS wild-type also needs a prior anti-EGFR before regorafenib.
            name: "RAS wild-type after FOLFOX, FOLFIRI and bevacizumab, no anti-EGFR: no regorafenib",
            facts: "dx=icd10:C18.7; stage=IVA; msi=stable; mmr=proficient; kras=wildtype; nras=wildtype; braf=wildtype; prior_drugs=rxnorm:4492,rxnorm:32592,rxnorm:51499,rxnorm:253337; prior_classes=fluoropyrimidine,oxaliplatin,platinum,irinotecan,anti_vegf; progression=2025-05-01; history=rxnorm:51499@2025-01-01,rxnorm:253337@2025-01-01",
            met: &["met_l2_cetuximab_irinotecan", "met_l2_cetuximab_mono", "met_l2_panitumumab_mono"],
        },
    ]);
}

#[test]
fn prostate() {
    check("prostate", &[
        Case { name: "low risk: active surveillance", facts: "dx=icd10:C61; t=T1c; n=N0; m=M0; grade_group=1; psa=5.2", met: &["active_surveillance"] },
        Case { name: "unfavourable intermediate risk (grade group 2 and T2b): PSMA PET staging", facts: "dx=icd10:C61; t=T2b; n=N0; m=M0; grade_group=2; psa=8", met: &["radical_prostatectomy", "ebrt_short_adt", "psma_pet_staging"] },
        Case { name: "favourable intermediate risk: brachytherapy alone too", facts: "dx=icd10:C61; t=T2a; n=N0; m=M0; grade_group=2; psa=8; prior_procedures=cpt:55700", met: &["radical_prostatectomy", "ebrt_short_adt", "brachytherapy"] },
        Case { name: "high risk", facts: "dx=icd10:C61; t=T3a; n=N0; m=M0; grade_group=4; psa=25", met: &["radical_prostatectomy", "ebrt_long_adt", "psma_pet_staging"] },
        Case { name: "node positive", facts: "dx=icd10:C61; t=T3b; n=N1; m=M0; grade_group=5; psa=40", met: &["ebrt_long_adt", "psma_pet_staging"] },
        Case { name: "upgrade on active surveillance", facts: "dx=icd10:C61; t=T1c; n=N0; m=M0; grade_group=2; psa=6; history=loinc:2857-1@2025-04-01,cpt:55700@2025-04-15", met: &["radical_prostatectomy", "ebrt_short_adt"] },
        Case { name: "metastatic castration-sensitive, high volume", facts: "dx=icd10:C61; m=M1b; castration=sensitive; volume=high", met: &["mcs_adt_alone", "mcs_adt_arpi", "mcs_adt_docetaxel", "mcs_cab_antiandrogen", "mcs_darolutamide_docetaxel", "palliative_radiotherapy"] },
        Case { name: "metastatic castration-sensitive, low volume", facts: "dx=icd10:C61; m=M1b; castration=sensitive; volume=low", met: &["mcs_adt_alone", "mcs_adt_arpi", "mcs_cab_antiandrogen", "mcs_darolutamide_docetaxel", "palliative_radiotherapy"] },
        Case {
            name: "PSA recurrence after prostatectomy",
            facts: "dx=icd10:C61; t=T3a; n=N0; m=M0; grade_group=3; psa=0.4; recurrence=2025-04-01; prior_procedures=cpt:55866; history=cpt:55866@2023-01-10,loinc:2857-1@2025-04-01",
            met: &["salvage_radiotherapy"],
        },
        Case {
            name: "castration-resistant on ADT alone",
            facts: "dx=icd10:C61; m=M1b; castration=resistant; prior_drugs=rxnorm:42375; history=hcpcs:J9217@2024-06-01",
            met: &["crpc_adt_continued", "mcrpc_arpi", "mcrpc_docetaxel", "mcrpc_mitoxantrone", "mcrpc_radium223", "mcrpc_sipuleucel", "mcrpc_yonsa"],
        },
        Case {
            name: "progression on enzalutamide in mCRPC, BRCA2",
            facts: "dx=icd10:C61; m=M1b; castration=resistant; hrr=brca2; prior_drugs=rxnorm:42375,rxnorm:1307298; progression=2025-05-01; history=hcpcs:J9217@2024-01-01,rxnorm:1307298@2024-06-01",
            met: &["mcrpc_l2_docetaxel", "mcrpc_mitoxantrone", "mcrpc_olaparib", "mcrpc_radium223", "mcrpc_sipuleucel"],
        },
        Case {
            name: "progression on docetaxel after abiraterone",
            facts: "dx=icd10:C61; m=M1b; castration=resistant; hrr=wildtype; prior_drugs=rxnorm:42375,rxnorm:1100072,rxnorm:72962; progression=2025-05-01; history=rxnorm:1100072@2024-01-01,rxnorm:72962@2024-09-01,hcpcs:J9171@2024-09-01",
            met: &["mcrpc_cabazitaxel", "mcrpc_mitoxantrone", "mcrpc_radium223", "mcrpc_sipuleucel"],
        },
    ]);
}

#[test]
fn missing_facts_are_unknown_not_wrong() {
    let set = crate::builtin();
    // Stage IV NSCLC with no biomarker results yet: nothing is Met, and the targeted and
    // immunotherapy branches say exactly which facts are missing.
    let steps = set.next_steps(&crate::facts("dx=icd10:C34.10; stage=IVA"));
    assert!(steps.iter().all(|s| s.outcome.truth == Truth::Unknown), "{steps:?}");
    let osi = steps.iter().find(|s| s.key.node == "met_egfr_osimertinib").expect("osimertinib listed as Unknown");
    assert_eq!(osi.outcome.missing, vec!["egfr"]);
    let pembro = steps.iter().find(|s| s.key.node == "met_pembrolizumab_mono").expect("pembrolizumab listed");
    assert_eq!(pembro.outcome.missing, vec!["egfr", "alk", "pdl1_tps"]);
    // No diagnosis: no pathway applies.
    assert!(set.next_steps(&crate::facts("stage=IV")).is_empty());
}
