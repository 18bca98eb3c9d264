//! Judgment: profiles merged from many pages, assessed against a playbook.
//!
//! Most tests build page analyses by hand (what extraction would return for
//! a realistic page) so the scoring is tested apart from extraction; the
//! multi-page prospects under `tests/fixtures/judgment/` run the whole
//! pipeline on real HTML.

use dealscout::analysis::{
    BuyingRole, CompanyFacts, Criterion, Evidence, Fact, Headcount, Listing, Mention, Money, PageAnalysis, PageInfo,
    PageKind, Person, Signal, SignalKind, SignalValue, Source, Technology,
};
use dealscout::assess::{assess, Assessment, Basis, FitStatus, Status, Verdict};
use dealscout::playbook::Playbook;
use dealscout::profile::{ingest, merge, ManualInput, Profile, ReviewAction};
use dealscout::stage::Stage;
use dealscout::{store, AnalyzeOptions, Capture, Date, Error};

#[path = "support/prospects.rs"]
mod prospects;
use prospects::run_fixtures;

// ---------------------------------------------------------------------------
// Building pages by hand

fn d(s: &str) -> Date {
    s.parse().expect("date")
}

fn cny(n: f64) -> Option<SignalValue> {
    Some(SignalValue::Money(Money {
        min: n,
        max: Some(n),
        currency: dealscout::analysis::Currency::new("CNY").expect("cny"),
    }))
}

fn usd(n: f64) -> Option<SignalValue> {
    Some(SignalValue::Money(Money {
        min: n,
        max: Some(n),
        currency: dealscout::analysis::Currency::new("USD").expect("usd"),
    }))
}

/// One page as extraction would return it.
struct Page {
    capture: Capture,
    analysis: PageAnalysis,
}

impl Page {
    fn new(url: &str, kind: PageKind, captured: &str) -> Page {
        let capture = Capture {
            url: url.into(),
            html: format!("<html><!-- {url} --></html>"),
            captured_at: format!("{captured}T09:00:00Z"),
            profile: None,
        };
        let analysis = PageAnalysis {
            page: PageInfo {
                url: url.into(),
                kind,
                language: Some("en".into()),
                title: None,
                published: None,
                captured_at: capture.captured_at.clone(),
                profile: None,
                truncated: false,
            },
            company: CompanyFacts::default(),
            signals: Vec::new(),
            people: Vec::new(),
            technologies: Vec::new(),
            mentions: Vec::new(),
        };
        Page { capture, analysis }
    }
    fn attach(mut self, domain: &str) -> Page {
        self.capture.profile = Some(domain.into());
        self.analysis.page.profile = Some(domain.into());
        self
    }
    fn published(mut self, date: &str) -> Page {
        self.analysis.page.published = Some(d(date));
        self
    }
    fn lang(mut self, l: &str) -> Page {
        self.analysis.page.language = Some(l.into());
        self
    }
    fn title(mut self, t: &str) -> Page {
        self.analysis.page.title = Some(t.into());
        self
    }
    /// Adds a signal; returns its id.
    fn signal(&mut self, kind: SignalKind, quote: &str, value: Option<SignalValue>, date: Option<&str>) -> String {
        let s = Signal::new(kind, quote, value, date.map(d));
        let id = s.id.clone();
        self.analysis.signals.push(s);
        id
    }
    /// Adds money or a date that belongs to a need cue.
    fn linked(&mut self, kind: SignalKind, quote: &str, value: Option<SignalValue>, date: Option<&str>, need: &str) {
        let mut s = Signal::new(kind, quote, value, date.map(d));
        s.for_need = Some(need.into());
        self.analysis.signals.push(s);
    }
    fn clone_page(&self) -> Page {
        Page { capture: self.capture.clone(), analysis: self.analysis.clone() }
    }
    fn with(mut self, f: impl FnOnce(&mut Page)) -> Page {
        f(&mut self);
        self
    }
    fn tech(mut self, name: &str, src: &str) -> Page {
        self.analysis.technologies.push(Technology {
            name: name.into(),
            category: "crm".into(),
            evidence: Evidence { field: "script src".into(), value: src.into() },
        });
        self
    }
    fn mention(mut self, name: &str, quote: &str) -> Page {
        self.analysis.mentions.push(Mention { name: name.into(), quote: quote.into() });
        self
    }
    fn person(mut self, name: &str, title: &str, role: BuyingRole) -> Page {
        self.analysis.people.push(Person {
            name: name.into(),
            title: Some(title.into()),
            role,
            quote: format!("{name}, {title}"),
        });
        self
    }
    fn employees(mut self, min: u64, max: Option<u64>, quote: &str) -> Page {
        self.analysis.company.employees = Some(Fact::new(Headcount { min: Some(min), max }, Source::quote(quote)));
        self
    }
    fn company(mut self, name: &str, industry: &str, hq: &str) -> Page {
        let c = &mut self.analysis.company;
        c.name = Some(Fact::new(name.into(), Source::evidence("meta og:site_name", name)));
        c.industry = Some(Fact::new(industry.into(), Source::quote(industry)));
        c.hq = Some(Fact::new(hq.into(), Source::quote(format!("Headquartered in {hq}"))));
        self
    }
    fn listed(mut self, ticker: &str) -> Page {
        self.analysis.company.listed = Some(Fact::new(
            Listing { exchange: Some("NASDAQ".into()), ticker: Some(ticker.into()) },
            Source::quote(format!("NASDAQ: {ticker}")),
        ));
        self
    }
}

fn profile(domain: &str, pages: Vec<Page>) -> Profile {
    let mut p = Profile::new(domain);
    for page in pages {
        p.insert_analysis(page.capture, page.analysis).expect("page belongs to the profile");
    }
    p
}

const AS_OF: &str = "2026-11-26";

fn run(p: &Profile, playbook: &Playbook) -> Assessment {
    assess(p, playbook, d(AS_OF))
}

fn crm_playbook() -> Playbook {
    Playbook::from_json(
        r#"{"version": 1,
            "product": {"name": "Pipewise", "description": "A CRM for B2B sales teams: pipeline, accounts, forecasting."},
            "need_keywords": ["CRM", "customer relationship management", "sales pipeline", "客户关系管理", "CRM系统"],
            "competitors": [{"name": "HubSpot", "technologies": ["HubSpot"]}, {"name": "Salesforce", "technologies": ["Salesforce", "Pardot"]}],
            "ideal_customer": {"industries": ["software", "it_services"], "employees": {"min": 50, "max": 2000}, "regions": ["China"]},
            "thresholds": {"need": 60, "budget": 60, "timeline": 60}}"#,
    )
    .expect("valid playbook")
}

/// An ERP-replacement plan with funds raised for it and a go-live date:
/// all three criteria, from one press release.
fn erp_news(with_need: bool, with_budget: bool, with_timeline: bool) -> Page {
    Page::new("https://www.acme-robotics.com/news/erp-program", PageKind::News, "2026-11-20")
        .published("2026-11-02")
        .with(|p| {
            let need = if with_need {
                p.signal(
                    SignalKind::Plan,
                    "Acme Robotics will replace its legacy ERP system with a cloud platform across all four plants",
                    Some(SignalValue::Text("replace ERP".into())),
                    None,
                )
            } else {
                // Only a softer cue: the team being built.
                p.signal(
                    SignalKind::Hiring,
                    "We are hiring an ERP Program Manager to lead the rollout",
                    Some(SignalValue::Text("ERP Program Manager".into())),
                    None,
                )
            };
            if with_budget {
                p.linked(
                    SignalKind::Funding,
                    "$20 million of the new financing is earmarked for the ERP program",
                    usd(20_000_000.0),
                    Some("2026-11-02"),
                    &need,
                );
            }
            if with_timeline {
                p.linked(
                    SignalKind::GoLive,
                    "go-live is planned for the end of June 2027",
                    Some(SignalValue::Date(d("2027-06-30"))),
                    Some("2027-06-30"),
                    &need,
                );
            }
        })
}

// ---------------------------------------------------------------------------
// The verdict's gate

#[test]
fn all_three_for_the_need_qualify() {
    let p = profile("acme-robotics.com", vec![erp_news(true, true, true)]);
    let a = run(&p, &Playbook::default());
    assert_eq!(a.verdict, Verdict::Qualified, "{a:#?}");
    assert!(a.missing.is_empty());
    for c in [&a.need, &a.budget, &a.timeline] {
        assert!(c.score >= c.threshold);
        assert_eq!(c.status, Status::Indicated, "pages only indicate");
        assert!(!c.evidence.is_empty() && c.evidence.iter().all(|e| !e.quote.is_empty()), "every score has evidence");
    }
    assert!(a.ranking >= 60, "qualified ranks in the top band: {}", a.ranking);
    assert!(a.questions.iter().any(|q| q.id == "budget_confirm"), "indicated criteria get a confirming question");
}

#[test]
fn each_single_missing_criterion_gives_pseudo_intent_naming_it() {
    let cases = [
        (erp_news(false, true, true), Criterion::Need),
        (erp_news(true, false, true), Criterion::Budget),
        (erp_news(true, true, false), Criterion::Timeline),
    ];
    for (page, missing) in cases {
        let a = run(&profile("acme-robotics.com", vec![page]), &Playbook::default());
        assert_eq!(a.verdict, Verdict::PseudoIntent, "{missing:?}: {a:#?}");
        assert_eq!(a.missing, vec![missing]);
        assert!(a.ranking < 60, "below the gate ranks under 60: {}", a.ranking);
        let name = format!("{missing:?}").to_lowercase();
        assert!(a.questions.iter().any(|q| q.id == name), "a question asks for the missing {name}");
    }
}

#[test]
fn nothing_bearing_on_any_criterion_is_insufficient() {
    let page = Page::new("https://www.acme-robotics.com/", PageKind::Home, "2026-11-20").company(
        "Acme Robotics",
        "manufacturing",
        "Pittsburgh",
    );
    let a = run(&profile("acme-robotics.com", vec![page]), &Playbook::default());
    assert_eq!(a.verdict, Verdict::Insufficient);
    assert_eq!(a.missing, vec![Criterion::Need, Criterion::Budget, Criterion::Timeline]);
    assert!([&a.need, &a.budget, &a.timeline].iter().all(|c| c.status == Status::Unknown && c.score == 0));
    let a = run(&Profile::new("empty.test"), &Playbook::default());
    assert_eq!(a.verdict, Verdict::Insufficient);
}

// ---------------------------------------------------------------------------
// Budget: money for the need versus capacity

#[test]
fn money_for_something_else_alone_does_not_qualify_budget() {
    // A big, fresh round for European expansion, revenue, thousands of
    // staff, a listing: capacity to pay, not a budget for the need.
    let news = Page::new("https://www.acme-robotics.com/news/series-d", PageKind::News, "2026-11-20")
        .published("2026-10-15")
        .with(|p| {
            let need = p.signal(SignalKind::Plan, "Acme Robotics will replace its legacy ERP system", None, None);
            p.linked(SignalKind::GoLive, "ERP go-live is set for June 2027", None, Some("2027-06-30"), &need);
            p.signal(
                SignalKind::Funding,
                "Acme Robotics raised $150 million in Series D funding to expand into Europe",
                usd(150_000_000.0),
                Some("2026-10-15"),
            );
            p.signal(SignalKind::Revenue, "annual revenue passed $400 million", usd(400_000_000.0), None);
        });
    let about = Page::new("https://www.acme-robotics.com/about", PageKind::About, "2026-11-20")
        .employees(5000, None, "more than 5,000 employees")
        .listed("ACME");
    let p = profile("acme-robotics.com", vec![news, about]);
    let a = run(&p, &Playbook::default());
    assert_eq!(a.missing, vec![Criterion::Budget], "{:#?}", a.budget);
    assert_eq!(a.budget.status, Status::Unknown, "capacity says nothing of a budget for the need");
    assert!(a.budget.score > 0, "capacity raises the score");
    assert!(a.budget.evidence.iter().all(|e| e.basis == Basis::Capacity), "{:#?}", a.budget.evidence);

    // However low the bar, capacity alone stays below it.
    let mut low = Playbook::default();
    low.thresholds.budget = 20;
    let a = run(&p, &low);
    assert!(a.budget.score < 20, "{}", a.budget.score);
    assert_eq!(a.missing, vec![Criterion::Budget]);
}

#[test]
fn a_tender_budget_is_money_for_the_need_even_without_an_explicit_link() {
    // On a tender notice everything is about the one purchase.
    let notice = Page::new("https://ggzy.example.gov.cn/notice/2026-118", PageKind::Tender, "2026-11-22")
        .attach("nanhu.gov.cn")
        .lang("zh")
        .published("2026-11-20")
        .with(|p| {
            p.signal(SignalKind::Tender, "南湖区“一网统管”城市运行管理平台（二期）建设项目公开招标公告", None, None);
            p.signal(SignalKind::Budget, "预算金额 | 486万元（人民币）", cny(4_860_000.0), None);
            p.signal(
                SignalKind::Deadline,
                "投标截止时间 | 2026年12月14日09点30分",
                Some(SignalValue::Date(d("2026-12-14"))),
                Some("2026-12-14"),
            );
        });
    let a = run(&profile("nanhu.gov.cn", vec![notice]), &Playbook::default());
    assert_eq!(a.verdict, Verdict::Qualified, "{a:#?}");
    assert_eq!(a.budget.evidence[0].basis, Basis::ForNeed);
    assert_eq!(a.timeline.evidence[0].basis, Basis::ForNeed);
    assert!(a.questions.iter().all(|q| q.language == "zh"), "Chinese pages get Chinese questions");
}

#[test]
fn layoffs_and_cost_cuts_count_against_budget() {
    let news = Page::new("https://www.acme-robotics.com/news/restructuring", PageKind::News, "2026-11-20")
        .published("2026-11-10")
        .with(|p| {
            p.signal(
                SignalKind::Funding,
                "Acme Robotics raised $30 million in Series B",
                usd(30_000_000.0),
                Some("2026-06-01"),
            );
            p.signal(SignalKind::Layoffs, "Acme Robotics will lay off 12% of its workforce", None, Some("2026-11-10"));
            p.signal(SignalKind::CostCutting, "a company-wide hiring freeze", None, Some("2026-11-10"));
        });
    let a = run(&profile("acme-robotics.com", vec![news]), &Playbook::default());
    assert_eq!(a.budget.status, Status::Against, "{:#?}", a.budget);
    assert_eq!(a.budget.score, 0);
    assert!(a.budget.evidence.iter().any(|e| e.basis == Basis::Against && e.points < 0));
}

// ---------------------------------------------------------------------------
// Time

fn funding_page(date: &str) -> Page {
    Page::new("https://www.acme-robotics.com/news/funding", PageKind::News, "2026-11-20").published(date).with(|p| {
        p.signal(SignalKind::Funding, "Acme Robotics raised $40 million in Series C", usd(40_000_000.0), Some(date));
    })
}

#[test]
fn recent_money_outweighs_old_money() {
    let recent = run(&profile("acme-robotics.com", vec![funding_page("2026-09-10")]), &Playbook::default());
    let old = run(&profile("acme-robotics.com", vec![funding_page("2023-09-10")]), &Playbook::default());
    assert!(recent.budget.score > old.budget.score, "{} vs {}", recent.budget.score, old.budget.score);
    assert!(old.budget.score > 0, "old money still counts a little");
    assert!(recent.budget.evidence[0].points > old.budget.evidence[0].points);

    // A tender read two years on is stale demand.
    let tender = |published: &str| {
        Page::new("https://www.acme-robotics.com/procurement/rfp-1", PageKind::Tender, "2026-11-20")
            .published(published)
            .with(|p| {
                p.signal(SignalKind::Tender, "Request for Proposal: warehouse management system", None, None);
            })
    };
    let fresh = run(&profile("acme-robotics.com", vec![tender("2026-11-01")]), &Playbook::default());
    let stale = run(&profile("acme-robotics.com", vec![tender("2024-11-01")]), &Playbook::default());
    assert!(fresh.need.score >= 60 && stale.need.score < 60, "{} / {}", fresh.need.score, stale.need.score);
}

fn rfp(deadline: &str) -> Page {
    Page::new("https://www.millbrook.gov/bids/rfp-2026-14", PageKind::Tender, "2026-11-20")
        .published("2026-10-01")
        .with(|p| {
            let need = p.signal(
                SignalKind::Tender,
                "Request for Proposals: Constituent Relationship Management (CRM) System",
                None,
                None,
            );
            p.linked(SignalKind::Budget, "not-to-exceed amount of $850,000", usd(850_000.0), None, &need);
            p.linked(
                SignalKind::Deadline,
                "Proposals are due no later than 2:00 PM",
                Some(SignalValue::Date(d(deadline))),
                Some(deadline),
                &need,
            );
        })
}

#[test]
fn a_deadline_already_past_counts_against_timeline() {
    let p = profile("millbrook.gov", vec![rfp("2026-11-10")]);
    let a = run(&p, &Playbook::default());
    assert_eq!(a.verdict, Verdict::PseudoIntent);
    assert_eq!(a.missing, vec![Criterion::Timeline]);
    assert_eq!(a.timeline.status, Status::Against);
    assert!(a.timeline.evidence.iter().all(|e| e.points < 0));

    // The same notice assessed before its deadline qualifies.
    let before = assess(&p, &Playbook::default(), d("2026-11-01"));
    assert_eq!(before.verdict, Verdict::Qualified, "{before:#?}");

    // A correction notice moving the deadline makes the old one history.
    let correction = Page::new("https://www.millbrook.gov/bids/rfp-2026-14-addendum-1", PageKind::Tender, "2026-11-21")
        .published("2026-11-08")
        .with(|p| {
            let need = p.signal(SignalKind::Tender, "Addendum 1 to RFP 2026-14 (CRM System)", None, None);
            p.linked(
                SignalKind::Deadline,
                "The proposal due date is extended to January 15, 2027",
                Some(SignalValue::Date(d("2027-01-15"))),
                Some("2027-01-15"),
                &need,
            );
        });
    let a = run(&profile("millbrook.gov", vec![rfp("2026-11-10"), correction]), &Playbook::default());
    assert_eq!(a.verdict, Verdict::Qualified, "{:#?}", a.timeline);
}

#[test]
fn assessment_is_deterministic_for_an_as_of_date() {
    let pages = || {
        vec![
            rfp("2026-12-15"),
            erp_news(true, true, false).attach("millbrook.gov"),
            funding_page("2025-03-01").attach("millbrook.gov"),
        ]
    };
    let a = profile("millbrook.gov", pages());
    let mut reversed = pages();
    reversed.reverse();
    let b = profile("millbrook.gov", reversed);
    let ja = serde_json::to_string(&run(&a, &Playbook::default())).expect("json");
    for _ in 0..3 {
        assert_eq!(serde_json::to_string(&run(&a, &Playbook::default())).expect("json"), ja);
    }
    assert_eq!(serde_json::to_string(&run(&b, &Playbook::default())).expect("json"), ja, "page order does not matter");
    let later = serde_json::to_string(&assess(&a, &Playbook::default(), d("2027-02-01"))).expect("json");
    assert_ne!(later, ja, "another as-of date is another answer");
    let json: serde_json::Value = serde_json::from_str(&ja).expect("json");
    for key in ["verdict", "missing", "need", "budget", "timeline", "ranking", "coverage", "questions", "fit"] {
        assert!(json.get(key).is_some(), "assessment has {key}");
    }
    for key in ["score", "status", "evidence"] {
        assert!(json["need"].get(key).is_some(), "need has {key}");
    }
}

// ---------------------------------------------------------------------------
// The playbook

fn two_tenders() -> Profile {
    let furniture = Page::new("https://zfcg.example.gov.cn/notice/77", PageKind::Tender, "2026-11-20")
        .attach("xinhe-edu.cn")
        .lang("zh")
        .title("新河区教育局办公家具采购项目招标公告")
        .published("2026-11-15")
        .with(|p| {
            let need = p.signal(SignalKind::Tender, "新河区教育局办公家具采购项目招标公告", None, None);
            p.linked(SignalKind::Budget, "预算金额：120万元", cny(1_200_000.0), None, &need);
            p.linked(SignalKind::Deadline, "投标截止时间：2026年12月20日", None, Some("2026-12-20"), &need);
        });
    profile("xinhe-edu.cn", vec![furniture])
}

#[test]
fn a_named_playbook_counts_cues_only_as_far_as_they_match_what_we_sell() {
    let p = two_tenders();
    // Knowing nothing of what we sell, a tender is explicit demand.
    let default = run(&p, &Playbook::default());
    assert_eq!(default.verdict, Verdict::Qualified, "{default:#?}");
    // A furniture tender is no need for a CRM seller, and its budget and
    // deadline are not money or time for our need.
    let crm = run(&p, &crm_playbook());
    assert_eq!(crm.verdict, Verdict::PseudoIntent);
    assert_eq!(crm.missing, vec![Criterion::Need, Criterion::Budget, Criterion::Timeline]);
    assert_eq!(crm.need.score, 0);
    assert!(crm.budget.score > 0 && crm.budget.evidence.iter().all(|e| e.basis == Basis::Capacity));

    // A CRM tender from the same buyer is.
    let crm_tender = Page::new("https://zfcg.example.gov.cn/notice/91", PageKind::Tender, "2026-11-21")
        .attach("xinhe-edu.cn")
        .lang("zh")
        .title("新河区教育局家校沟通及客户关系管理平台采购公告")
        .published("2026-11-18")
        .with(|p| {
            let need = p.signal(SignalKind::Tender, "家校沟通及客户关系管理平台采购公告", None, None);
            p.signal(SignalKind::Plan, "建设统一的服务对象管理平台", None, None);
            p.linked(SignalKind::Budget, "采购预算：260万元", cny(2_600_000.0), None, &need);
            p.linked(SignalKind::Deadline, "响应文件提交截止时间：2027年1月8日", None, Some("2027-01-08"), &need);
        });
    let mut both = p.clone();
    both.insert_analysis(crm_tender.capture, crm_tender.analysis).expect("insert");
    let a = run(&both, &crm_playbook());
    assert_eq!(a.verdict, Verdict::Qualified, "{a:#?}");
    assert!(a.need.evidence.iter().any(|e| e.reason.contains("客户关系管理")));
    // The requirement line on the same notice matches through the notice's subject.
    assert!(a.need.evidence.iter().any(|e| e.kind == Some(SignalKind::Plan)), "{:#?}", a.need.evidence);
}

#[test]
fn soft_cues_count_weakly_under_the_default_playbook_and_fully_when_they_match() {
    let careers = Page::new("https://www.acme-robotics.com/careers", PageKind::Careers, "2026-11-20").with(|p| {
        p.signal(
            SignalKind::Hiring,
            "Senior CRM Administrator (Salesforce)",
            Some(SignalValue::Text("CRM Administrator".into())),
            None,
        );
        p.signal(SignalKind::Hiring, "Sales Operations Analyst", None, None);
        p.signal(SignalKind::Hiring, "Inside Sales Representative", None, None);
        p.signal(SignalKind::Expansion, "opening a new office in Austin", None, None);
        p.signal(SignalKind::Pain, "our reps lose hours to manual data entry", None, None);
    });
    let p = profile("acme-robotics.com", vec![careers]);
    let default = run(&p, &Playbook::default());
    assert!(default.need.score > 0 && default.need.score < 60, "soft cues alone stay weak: {}", default.need.score);
    let crm = run(&p, &crm_playbook());
    assert!(crm.need.evidence.iter().any(|e| e.basis == Basis::Matched));
    assert!(crm.need.evidence.iter().all(|e| e.basis == Basis::Matched), "only matching cues count: {:#?}", crm.need);
}

#[test]
fn a_competitor_running_on_the_site_is_an_incumbent() {
    let home = Page::new("https://www.lumacart.com/", PageKind::Home, "2026-11-20")
        .company("Lumacart", "software", "Shanghai")
        .employees(320, None, "320 employees")
        .tech("HubSpot", "https://js.hs-scripts.com/4821937.js");
    let p = profile("lumacart.com", vec![home]);
    let a = run(&p, &crm_playbook());
    assert!(a.need.score >= 60, "{:#?}", a.need);
    assert_eq!(a.need.evidence[0].basis, Basis::Incumbent);
    assert!(a.need.evidence[0].reason.contains("HubSpot"));
    let history = a.coverage.areas.iter().find(|x| x.area == "need_history").expect("area");
    assert!(history.known.iter().any(|k| k.item == "current_vendor" && k.evidence.contains("HubSpot")));
    assert!(a.questions.iter().any(|q| q.id == "switch_reason" && q.text.contains("HubSpot")), "{:#?}", a.questions);
    assert_eq!(a.fit.status, FitStatus::Fit, "{:#?}", a.fit);

    // Named only in the text, or only on a third-party page, it is not.
    let text_only = Page::new("https://www.lumacart.com/integrations", PageKind::Other, "2026-11-20")
        .mention("HubSpot", "Sync orders to HubSpot in one click");
    let portal = Page::new("https://news.example.com/lumacart-raises", PageKind::News, "2026-11-20")
        .attach("lumacart.com")
        .tech("HubSpot", "https://js.hs-scripts.com/1.js");
    let a = run(&profile("lumacart.com", vec![text_only, portal]), &crm_playbook());
    assert!(a.need.score < 60);
    assert!(a.need.evidence.iter().all(|e| e.basis == Basis::Mention), "{:#?}", a.need);
    // Without competitors in the playbook, a vendor is just a vendor.
    assert_eq!(run(&p, &Playbook::default()).need.score, 0);
}

#[test]
fn fit_is_judged_against_the_ideal_customer() {
    let maker = Page::new("https://www.hartwell-mfg.de/", PageKind::Home, "2026-11-20")
        .company("Hartwell", "manufacturing", "Stuttgart")
        .employees(5000, None, "5,000 employees");
    let a = run(&profile("hartwell-mfg.de", vec![maker]), &crm_playbook());
    assert_eq!(a.fit.status, FitStatus::PoorFit);
    assert_eq!(a.fit.reasons.len(), 3);
    assert!(a.fit.reasons.iter().all(|r| r.result == dealscout::assess::FitResult::Mismatch), "{:#?}", a.fit);
    let unknown = run(&Profile::new("unknown.example"), &crm_playbook());
    assert_eq!(unknown.fit.status, FitStatus::Unknown);
    assert_eq!(run(&Profile::new("x.example"), &Playbook::default()).fit.status, FitStatus::NotSet);
}

// ---------------------------------------------------------------------------
// The rep's word

#[test]
fn the_reps_evidence_outranks_pages() {
    // Pages: capacity and layoffs, so budget counts against.
    let news = Page::new("https://www.acme-robotics.com/news/q3", PageKind::News, "2026-11-20")
        .published("2026-11-01")
        .with(|p| {
            let need = p.signal(SignalKind::Plan, "Acme Robotics will replace its legacy ERP system", None, None);
            p.linked(SignalKind::GoLive, "go-live in Q3 2027", None, Some("2027-09-30"), &need);
            p.signal(SignalKind::Layoffs, "Acme cut 8% of office staff", None, Some("2026-10-20"));
        });
    let mut p = profile("acme-robotics.com", vec![news]);
    let before = run(&p, &Playbook::default());
    assert_eq!(before.budget.status, Status::Against);
    assert!(before.need.status == Status::Indicated);

    let id = p
        .add_evidence(
            ManualInput {
                criterion: Some(Criterion::Budget),
                kind: Some(SignalKind::Budget),
                polarity: dealscout::analysis::Polarity::For,
                text: "Told on call by the CFO: budget approved, ¥500k".into(),
                value: cny(500_000.0),
                date: None,
                topic: None,
            },
            "2026-11-25T10:00:00Z",
        )
        .expect("manual evidence");
    let after = run(&p, &Playbook::default());
    assert_eq!(after.budget.status, Status::Confirmed, "{:#?}", after.budget);
    assert!(after.budget.score >= 60);
    assert_eq!(after.budget.evidence[0].id, id, "the rep's evidence leads");
    assert_eq!(after.verdict, Verdict::Qualified);

    // Confirming a page item makes that criterion confirmed; pages alone never do.
    assert_eq!(after.need.status, Status::Indicated);
    let need_id = after.need.evidence[0].id.clone();
    p.confirm(&need_id, "2026-11-25T10:05:00Z").expect("confirm");
    assert_eq!(run(&p, &Playbook::default()).need.status, Status::Confirmed);

    // The customer's later "no" outweighs the pages.
    p.add_evidence(
        ManualInput {
            criterion: Some(Criterion::Timeline),
            kind: None,
            polarity: dealscout::analysis::Polarity::Against,
            text: "Project postponed to 2029, no date set".into(),
            value: None,
            date: None,
            topic: None,
        },
        "2026-11-26T08:00:00Z",
    )
    .expect("manual against");
    let no = run(&p, &Playbook::default());
    assert_eq!(no.timeline.status, Status::Against);
    assert_eq!(no.missing, vec![Criterion::Timeline]);

    // Rejecting a page item removes it from the judgment.
    p.reject(&need_id, "2026-11-26T09:00:00Z").expect("reject");
    let rejected = run(&p, &Playbook::default());
    assert!(rejected.need.evidence.iter().all(|e| e.id != need_id));
    assert!(matches!(p.confirm("signal-that-does-not-exist", "2026-11-26T09:00:00Z"), Err(Error::NotFound(_))));
    assert!(matches!(p.confirm(&need_id, "not a time"), Err(Error::InvalidInput(_))));
}

#[test]
fn conflicting_facts_keep_both_with_sources_best_supported_first() {
    let about = Page::new("https://www.acme-robotics.com/about", PageKind::About, "2026-11-10").employees(
        200,
        Some(200),
        "about 200 employees",
    );
    let careers = Page::new("https://www.acme-robotics.com/careers", PageKind::Careers, "2026-11-12").employees(
        200,
        Some(200),
        "join our team of 200",
    );
    let news = Page::new("https://news.example.com/acme", PageKind::News, "2026-11-20")
        .attach("acme-robotics.com")
        .employees(500, None, "more than 500 employees");
    let mut p = profile("acme-robotics.com", vec![about, careers, news]);
    let v = p.view();
    assert_eq!(v.company.employees.len(), 2);
    assert_eq!(v.company.employees[0].value.min, Some(200), "two pages beat one");
    assert_eq!(v.company.employees[0].sources.len(), 2);
    assert_eq!(v.company.employees[1].sources[0].url, "https://news.example.com/acme");

    // Same support: the newest first.
    let older = Page::new("https://www.acme-robotics.com/about", PageKind::About, "2025-01-10").employees(
        150,
        None,
        "150 employees",
    );
    let newer = Page::new("https://www.acme-robotics.com/company", PageKind::About, "2026-11-10").employees(
        320,
        None,
        "320 employees",
    );
    let q = profile("acme-robotics.com", vec![older, newer]);
    assert_eq!(q.view().company.employees[0].value.min, Some(320));

    // The rep's confirmation puts a value first.
    let five_hundred = v.company.employees[1].id.clone();
    p.confirm(&five_hundred, "2026-11-26T09:00:00Z").expect("confirm fact");
    let v = p.view();
    assert_eq!(v.company.employees[0].value.min, Some(500));
    assert_eq!(v.company.employees[0].review, Some(ReviewAction::Confirmed));
}

// ---------------------------------------------------------------------------
// Merging pages into one profile

fn html_capture(url: &str, at: &str, body: &str) -> Capture {
    Capture {
        url: url.into(),
        html: format!(
            "<!doctype html><html lang=\"en\"><head><title>Acme Robotics</title></head><body>{body}</body></html>"
        ),
        captured_at: at.into(),
        profile: None,
    }
}

fn opts() -> AnalyzeOptions {
    AnalyzeOptions { as_of: d(AS_OF), need_keywords: Vec::new() }
}

#[test]
fn ingest_is_idempotent_and_urls_are_normalised() {
    let body = "<h1>About Acme Robotics</h1><p>Acme Robotics builds palletizing robots.</p>";
    let c = html_capture("https://www.acme-robotics.com/about", "2026-11-20T09:00:00Z", body);
    let once = ingest(None, c.clone(), &opts()).expect("ingest");
    let twice = ingest(Some(once.clone()), c, &opts()).expect("ingest again");
    assert_eq!(once, twice, "the same page twice changes nothing");
    assert_eq!(once.domain, "acme-robotics.com");

    // Fragment and tracking parameters name the same page.
    let tracked = html_capture(
        "https://WWW.acme-robotics.com/about?utm_source=linkedin&utm_medium=social&gclid=abc#leadership",
        "2026-11-21T09:00:00Z",
        body,
    );
    let p = ingest(Some(twice), tracked, &opts()).expect("tracked");
    assert_eq!(p.pages.len(), 1, "{:?}", p.pages.keys().collect::<Vec<_>>());
    assert!(p.pages.contains_key("https://www.acme-robotics.com/about"));
    // A real query parameter is another page.
    let other = html_capture("https://www.acme-robotics.com/about?lang=de", "2026-11-21T09:00:00Z", body);
    let p = ingest(Some(p), other, &opts()).expect("other page");
    assert_eq!(p.pages.len(), 2);
    // Another company's page does not join without being attached.
    let foreign = html_capture("https://news.example.com/acme", "2026-11-21T09:00:00Z", body);
    assert!(ingest(Some(p.clone()), foreign.clone(), &opts()).is_err());
    let attached = Capture { profile: Some("acme-robotics.com".into()), ..foreign };
    let mut p = ingest(Some(p), attached, &opts()).expect("attached");
    assert_eq!(p.pages.len(), 3);

    // Captures are kept, so new need keywords reach old pages.
    let keyword = |p: &Profile| p.view().evidence.iter().any(|e| e.kind == Some(SignalKind::Keyword));
    assert!(!keyword(&p));
    p.reanalyze(&AnalyzeOptions { as_of: d(AS_OF), need_keywords: vec!["palletizing robots".into()] })
        .expect("reanalyze");
    assert!(keyword(&p), "{:#?}", p.view().evidence);
}

#[test]
fn a_recapture_replaces_that_pages_evidence() {
    let old = Page::new("https://www.acme-robotics.com/careers", PageKind::Careers, "2026-10-01").with(|p| {
        p.signal(SignalKind::Hiring, "ERP Program Manager", None, None);
    });
    let new = Page::new("https://www.acme-robotics.com/careers?utm_campaign=fall", PageKind::Careers, "2026-11-20")
        .with(|p| {
            p.signal(SignalKind::Hiring, "Data Engineer", None, None);
        });
    let p = profile("acme-robotics.com", vec![old, new]);
    let quotes: Vec<_> = p.view().evidence.iter().map(|e| e.quote.clone()).collect();
    assert_eq!(quotes, vec!["Data Engineer".to_string()]);
    // An older capture arriving late does not overwrite a newer one.
    let late = Page::new("https://www.acme-robotics.com/careers", PageKind::Careers, "2026-09-01").with(|p| {
        p.signal(SignalKind::Hiring, "Office Manager", None, None);
    });
    let mut q = p.clone();
    q.insert_analysis(late.capture, late.analysis).expect("insert");
    assert_eq!(q, p);
}

#[test]
fn a_quote_repeated_on_many_pages_counts_once() {
    let footer = "We are modernising our supply chain with a new ERP platform in 2027";
    let pages: Vec<Page> = ["/", "/about", "/products", "/careers", "/contact"]
        .iter()
        .map(|path| {
            Page::new(&format!("https://www.acme-robotics.com{path}"), PageKind::Other, "2026-11-20").with(|p| {
                p.signal(SignalKind::Plan, footer, None, None);
                p.signal(SignalKind::Expansion, "new plant in Monterrey", None, None);
            })
        })
        .collect();
    let many = profile("acme-robotics.com", pages);
    let one = profile(
        "acme-robotics.com",
        vec![Page::new("https://www.acme-robotics.com/", PageKind::Other, "2026-11-20").with(|p| {
            p.signal(SignalKind::Plan, footer, None, None);
            p.signal(SignalKind::Expansion, "new plant in Monterrey", None, None);
        })],
    );
    let v = many.view();
    assert_eq!(v.evidence.len(), 2);
    assert_eq!(v.evidence.iter().find(|e| e.quote == footer).expect("plan").sources.len(), 5);
    assert_eq!(run(&many, &Playbook::default()).need.score, run(&one, &Playbook::default()).need.score);
}

#[test]
fn merging_a_teammates_profile_is_idempotent_and_order_free() {
    let mut mine = profile("acme-robotics.com", vec![erp_news(true, true, false)]);
    mine.add_note(
        dealscout::notes::NoteInput { text: "Met at Hannover Messe".into(), ..Default::default() },
        "2026-11-01T10:00:00Z",
    )
    .expect("note");
    mine.set_stage(Stage::Proposal, "2026-11-20T10:00:00Z", None).expect("stage");
    let mut theirs = profile(
        "acme-robotics.com",
        vec![
            erp_news(true, true, true).with(|p| p.capture.captured_at = "2026-11-24T09:00:00Z".into()),
            funding_page("2026-09-10"),
        ],
    );
    theirs
        .add_note(
            dealscout::notes::NoteInput {
                text: "CFO is the economic buyer".into(),
                quote: Some("Jane Roe, CFO".into()),
                url: Some("https://www.acme-robotics.com/team".into()),
            },
            "2026-11-22T10:00:00Z",
        )
        .expect("note");
    theirs.set_stage(Stage::Test, "2026-11-23T10:00:00Z", Some("POC agreed".into())).expect("stage");

    let ab = merge(mine.clone(), theirs.clone());
    let ba = merge(theirs.clone(), mine.clone());
    assert_eq!(ab, ba, "the same whichever way round");
    assert_eq!(merge(ab.clone(), theirs.clone()), ab, "merging again changes nothing");
    assert_eq!(merge(ab.clone(), ab.clone()), ab);
    assert_eq!(ab.pages.len(), 2);
    assert_eq!(ab.notes.len(), 2);
    assert_eq!(ab.stage.current, Stage::Test);
    assert_eq!(ab.stage.history.len(), 2);
    // The newer capture of the shared page won: its go-live date is in.
    assert_eq!(run(&ab, &Playbook::default()).verdict, Verdict::Qualified);

    // Through the export document, as a teammate would receive it.
    let doc = store::export_profiles(&[theirs.clone()]);
    let imported = store::import(&doc).expect("import");
    assert_eq!(merge(mine, imported.into_iter().next().expect("one")), ab);
}

// ---------------------------------------------------------------------------
// The stored form

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let mut p = profile("acme-robotics.com", vec![erp_news(true, true, true)]);
    p.add_note(
        dealscout::notes::NoteInput { text: "call Friday".into(), ..Default::default() },
        "2026-11-26T08:00:00Z",
    )
    .expect("note");
    let saved = store::save_profile(&p);
    assert_eq!(store::load_profile(&saved).expect("load"), p);

    let mut doc: serde_json::Value = serde_json::from_str(&saved).expect("json");
    doc["schema_version"] = serde_json::Value::from(store::SCHEMA_VERSION + 1);
    doc["profile"]["a_field_from_the_future"] = serde_json::Value::from(true);
    let newer = serde_json::to_string(&doc).expect("json");
    let copy = newer.clone();
    assert_eq!(
        store::load_profile(&newer),
        Err(Error::UnsupportedVersion { found: store::SCHEMA_VERSION + 1, supported: store::SCHEMA_VERSION })
    );
    assert!(matches!(store::import(&newer), Err(Error::UnsupportedVersion { .. })));
    assert_eq!(newer, copy, "the stored text is not rewritten");

    let export = store::export_profiles(&[p]).replace("\"schema_version\":1", "\"schema_version\":99");
    assert!(matches!(store::import(&export), Err(Error::UnsupportedVersion { found: 99, .. })));
    for corrupt in ["", "{", "{\"schema_version\":1,\"kind\":\"dealscout.export\"}", "{\"schema_version\":\"1\"}", "42"]
    {
        assert!(matches!(store::import(corrupt), Err(Error::InvalidInput(_))), "{corrupt:?}");
    }
    assert!(matches!(store::load_playbook("{\"version\": 2}"), Err(Error::UnsupportedVersion { found: 2, .. })));
}

#[test]
fn deleting_a_profile_removes_everything_about_the_company() {
    let team = Page::new("https://www.acme-robotics.com/team", PageKind::Team, "2026-11-20").person(
        "Jane Roe",
        "Chief Financial Officer",
        BuyingRole::EconomicBuyer,
    );
    let acme = profile("acme-robotics.com", vec![team]);
    let other = profile("lumacart.com", vec![Page::new("https://www.lumacart.com/", PageKind::Home, "2026-11-20")]);
    assert_eq!(acme.view().people[0].name, "Jane Roe");
    let mut all = vec![acme, other];
    all.retain(|p| p.domain != "acme-robotics.com");
    let doc = store::export_profiles(&all);
    assert!(!doc.contains("Jane Roe") && !doc.contains("acme-robotics"));
}

// ---------------------------------------------------------------------------
// Around the verdict

#[test]
fn coverage_names_what_is_missing_and_questions_follow_the_language() {
    let en = profile("acme-robotics.com", vec![erp_news(true, false, false)]);
    let a = run(&en, &Playbook::default());
    assert_eq!(
        a.coverage.areas.iter().map(|x| x.area.as_str()).collect::<Vec<_>>(),
        ["basics", "finances", "need_history", "importance"]
    );
    let history = a.coverage.areas.iter().find(|x| x.area == "need_history").expect("area");
    assert!(history.known.iter().any(|k| k.item == "new_or_existing" && k.evidence.starts_with("existing")));
    assert!(history.missing.contains(&"current_vendor".to_string()));
    assert!(a.questions.iter().all(|q| q.language == "en"));
    assert!(a.questions.iter().any(|q| q.id == "current_vendor"));
    assert!(a.coverage.percent < 100);

    // The rep's answer fills a research item.
    let mut en = en;
    en.add_evidence(
        ManualInput {
            criterion: None,
            kind: None,
            polarity: dealscout::analysis::Polarity::For,
            text: "They run SAP ECC 6.0 since 2011".into(),
            value: None,
            date: None,
            topic: Some("current_vendor".into()),
        },
        "2026-11-26T08:00:00Z",
    )
    .expect("topic evidence");
    let a = run(&en, &Playbook::default());
    assert!(!a.coverage.is_missing("current_vendor"));
    assert!(a.questions.iter().all(|q| q.id != "current_vendor"));

    let zh = profile("nanhu.gov.cn", vec![rfp("2027-01-10").attach("nanhu.gov.cn").lang("zh-CN")]);
    let a = run(&zh, &Playbook::default());
    assert!(!a.questions.is_empty() && a.questions.iter().all(|q| q.language == "zh"));
}

#[test]
fn ranking_sorts_within_the_gate() {
    let qualified = run(&profile("acme-robotics.com", vec![erp_news(true, true, true)]), &Playbook::default());
    let close = run(&profile("acme-robotics.com", vec![erp_news(true, true, false)]), &Playbook::default());
    let far = run(&profile("acme-robotics.com", vec![funding_page("2026-09-10")]), &Playbook::default());
    let nothing = run(&Profile::new("empty.test"), &Playbook::default());
    assert!(qualified.ranking >= 60);
    assert!(close.ranking < 60 && close.ranking > far.ranking && far.ranking > nothing.ranking);
}

#[test]
fn stages_and_notes_live_on_the_profile() {
    let mut p = Profile::new("acme-robotics.com");
    p.set_stage(Stage::Proposal, "2026-11-20T10:00:00Z", Some("demo booked".into())).expect("stage");
    p.check_item("proposal.decision_chain", true, "2026-11-21T10:00:00Z").expect("check");
    let id = p
        .add_note(
            dealscout::notes::NoteInput {
                text: "Budget holder is the COO".into(),
                quote: Some("预算由运营副总审批".into()),
                url: Some("https://www.acme-robotics.com/news/erp".into()),
            },
            "2026-11-21T11:00:00Z",
        )
        .expect("note");
    p.edit_note(&id, "Budget holder is the COO, not the CFO", "2026-11-22T11:00:00Z").expect("edit");
    let v = p.view();
    assert_eq!(v.stage.current, Stage::Proposal);
    let proposal = v.stage.checklists.iter().find(|c| c.stage == "proposal").expect("proposal checklist");
    assert!(proposal.items.iter().any(|i| i.id == "proposal.decision_chain" && i.done));
    assert_eq!(v.notes[0].text, "Budget holder is the COO, not the CFO");
    let back = store::load_profile(&store::save_profile(&p)).expect("round trip");
    assert_eq!(back, p);
    p.delete_note(&id).expect("delete");
    assert!(p.view().notes.is_empty());
}

#[test]
fn crm_csv_defuses_formulas_in_page_text() {
    let hostile = Page::new("https://www.evil.example/", PageKind::Home, "2026-11-20").company(
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "software",
        "+1 Main St, London",
    );
    let p = profile("evil.example", vec![hostile]);
    let v = p.view();
    let a = run(&p, &Playbook::default());
    let csv = dealscout::export::crm_csv(&[(&v, &a)]);
    let row = csv.lines().nth(1).expect("a row");
    assert!(row.starts_with("\"'=HYPERLINK("), "{row}");
    assert!(row.contains("'+1 Main St"), "{row}");
    assert!(csv.starts_with("Company,Domain,Verdict"));
    let md = dealscout::export::profile_markdown(&v, &a);
    assert!(md.contains("insufficient"));
    assert!(!md.contains("[\"click\"]("), "page text cannot inject links");
}

// ---------------------------------------------------------------------------
// Realistic multi-page prospects, through the whole pipeline

#[test]
fn judgment_prospects_meet_their_written_verdicts() {
    let (n, failures) = run_fixtures("tests/fixtures/judgment");
    assert!(n >= 4, "the English and Chinese judgment prospects are present ({n})");
    assert!(failures.is_empty(), "{} of {n} prospects differ:\n{}", failures.len(), failures.join("\n"));
}

// ---------------------------------------------------------------------------
// Across pages: the same money once, money and dates linked to the need

/// The prospect's own RFP page: a CRM tender with its budget and deadline.
fn own_rfp() -> Page {
    Page::new("https://www.harbor-logistics.com/procurement/crm-rfp", PageKind::Tender, "2026-11-20")
        .published("2026-11-10")
        .with(|p| {
            let need = p.signal(
                SignalKind::Tender,
                "Request for Proposal: Harbor Logistics customer relationship management (CRM) platform",
                Some(SignalValue::Text("CRM platform".into())),
                None,
            );
            p.linked(SignalKind::Budget, "Budget: $1.2M", usd(1_200_000.0), None, &need);
        })
}

/// A trade-press story about the same RFP, quoting the same amount.
fn news_of_rfp() -> Page {
    Page::new("https://www.freightnews.example/harbor-crm-tender", PageKind::News, "2026-11-21")
        .attach("harbor-logistics.com")
        .published("2026-11-18")
        .with(|p| {
            p.signal(
                SignalKind::Budget,
                "Harbor Logistics has set aside $1.2 million for the new system",
                usd(1_200_000.0),
                None,
            );
        })
}

#[test]
fn the_same_amount_on_two_pages_counts_once_with_both_sources() {
    let both = profile("harbor-logistics.com", vec![own_rfp(), news_of_rfp()]);
    let v = both.view();
    let money: Vec<_> = v.evidence.iter().filter(|e| e.criterion == Some(Criterion::Budget)).collect();
    assert_eq!(money.len(), 1, "{money:#?}");
    assert_eq!(money[0].sources.len(), 2, "the rep still sees both pages");
    assert!(money[0].for_need.is_some(), "the RFP's link survives the merge");
    let one = profile("harbor-logistics.com", vec![own_rfp()]);
    assert_eq!(run(&both, &Playbook::default()).budget.score, run(&one, &Playbook::default()).budget.score);

    // A date is the same evidence by kind and day, too.
    let day = |url: &str, quote: &str| {
        Page::new(url, PageKind::News, "2026-11-21").with(|p| {
            p.signal(SignalKind::Deadline, quote, Some(SignalValue::Date(d("2027-01-15"))), Some("2027-01-15"));
        })
    };
    let dates = profile(
        "harbor-logistics.com",
        vec![
            day("https://www.harbor-logistics.com/news/a", "Proposals are due January 15, 2027"),
            day("https://www.harbor-logistics.com/news/b", "bids close on 15 January 2027"),
        ],
    );
    let v = dates.view();
    assert_eq!(v.evidence.len(), 1);
    assert_eq!(v.evidence[0].sources.len(), 2);
}

#[test]
fn money_and_dates_on_another_page_link_to_the_need_they_name() {
    let crm_tender = || {
        Page::new("https://www.harbor-logistics.com/procurement/crm-rfp", PageKind::Tender, "2026-11-20")
            .published("2026-11-10")
            .with(|p| {
                p.signal(
                    SignalKind::Tender,
                    "Request for Proposal: Harbor Logistics customer relationship management (CRM) platform",
                    Some(SignalValue::Text("CRM platform".into())),
                    None,
                );
            })
    };
    let news = |quote: &str, kind: SignalKind, value: Option<SignalValue>| {
        Page::new("https://www.freightnews.example/harbor-story", PageKind::News, "2026-11-21")
            .attach("harbor-logistics.com")
            .published("2026-11-18")
            .with(|p| {
                p.signal(kind, quote, value, Some("2026-11-18"));
            })
    };
    // The story names the same project: its money is the tender's budget.
    let named = news("Harbor Logistics has set aside $1.2 million for the CRM rollout", SignalKind::Budget, usd(1.2e6));
    let a = run(&profile("harbor-logistics.com", vec![crm_tender(), named]), &Playbook::default());
    assert_eq!(a.budget.evidence[0].basis, Basis::ForNeed, "{:#?}", a.budget);
    assert!(a.budget.score >= a.budget.threshold);

    // Only the company's name in common, or money with no stated use: capacity.
    for (quote, kind) in [
        ("Harbor Logistics raised $150 million in Series C funding", SignalKind::Funding),
        ("Harbor Logistics raised $150 million to expand its fleet in Europe", SignalKind::Funding),
        ("Harbor Logistics CRM revenue of $150 million", SignalKind::Revenue),
    ] {
        let a = run(
            &profile("harbor-logistics.com", vec![crm_tender(), news(quote, kind, usd(1.5e8))]),
            &Playbook::default(),
        );
        assert!(a.budget.score < a.budget.threshold, "{quote}: {:#?}", a.budget);
        assert!(a.budget.evidence.iter().all(|e| e.basis != Basis::ForNeed), "{quote}");
    }

    // A go-live for the same project on another page is the need's timeline.
    let golive = Page::new("https://www.freightnews.example/harbor-story", PageKind::News, "2026-11-21")
        .attach("harbor-logistics.com")
        .with(|p| {
            let march = Some(SignalValue::Date(d("2027-03-01")));
            p.signal(SignalKind::GoLive, "the new CRM goes live in March 2027", march, Some("2027-03-01"));
        });
    let a = run(&profile("harbor-logistics.com", vec![crm_tender(), golive]), &Playbook::default());
    assert_eq!(a.timeline.evidence[0].basis, Basis::ForNeed, "{:#?}", a.timeline);

    // Chinese: a shared project name (一网统管) links; generic words (建设项目) do not.
    let notice = Page::new("https://ggzy.example.gov.cn/notice/2026-118.html", PageKind::Tender, "2026-11-22")
        .attach("nanhu.gov.cn")
        .lang("zh")
        .published("2026-11-20")
        .with(|p| {
            p.signal(SignalKind::Tender, "南湖区“一网统管”城市运行管理平台（二期）建设项目公开招标公告", None, None);
        });
    let zh_news = |quote: &str| {
        Page::new("https://www.nanhu.gov.cn/xwzx/20261101.html", PageKind::News, "2026-11-22").lang("zh").with(|p| {
            p.signal(SignalKind::Budget, quote, cny(4_860_000.0), None);
        })
    };
    let a = run(
        &profile("nanhu.gov.cn", vec![notice.clone_page(), zh_news("区财政安排“一网统管”二期资金486万元")]),
        &Playbook::default(),
    );
    assert_eq!(a.budget.evidence[0].basis, Basis::ForNeed, "{:#?}", a.budget);
    let a = run(
        &profile("nanhu.gov.cn", vec![notice.clone_page(), zh_news("今年全区建设项目预算金额486万元")]),
        &Playbook::default(),
    );
    assert!(a.budget.score < a.budget.threshold, "{:#?}", a.budget);

    // On a page under the notice (its attachment), money belongs to the notice.
    let attachment = Page::new("https://ggzy.example.gov.cn/notice/2026-118/budget.pdf", PageKind::Other, "2026-11-22")
        .attach("nanhu.gov.cn")
        .with(|p| {
            p.signal(SignalKind::Budget, "最高限价 486万元", cny(4_860_000.0), None);
        });
    let a = run(&profile("nanhu.gov.cn", vec![notice, attachment]), &Playbook::default());
    assert_eq!(a.budget.evidence[0].basis, Basis::ForNeed, "{:#?}", a.budget);
}

#[test]
fn questions_come_most_important_first_and_stop_at_a_cap() {
    // Everything missing: the gate's three criteria lead, research gaps follow.
    let bare = Page::new("https://www.acme-robotics.com/", PageKind::Home, "2026-11-20");
    let a = run(&profile("acme-robotics.com", vec![bare]), &Playbook::default());
    assert_eq!(a.questions.len(), 8, "{:#?}", a.questions);
    assert!(a.more_questions > 0, "the rest are counted, not listed");
    let ids: Vec<&str> = a.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids[..3], ["need", "budget", "timeline"]);

    // Missing timeline before confirming need and budget, and both before research.
    let a = run(&profile("acme-robotics.com", vec![erp_news(true, true, false)]), &Playbook::default());
    let ids: Vec<&str> = a.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids[..3], ["timeline", "need_confirm", "budget_confirm"], "{ids:?}");
    assert!(a.questions.len() <= 8);
}

#[test]
fn the_brief_is_in_the_language_of_the_questions() {
    let zh = profile("nanhu.gov.cn", vec![rfp("2027-01-10").attach("nanhu.gov.cn").lang("zh-CN")]);
    let md = dealscout::export::profile_markdown(&zh.view(), &run(&zh, &Playbook::default()));
    for heading in ["## 公司", "## 调研覆盖", "## 首次沟通的问题", "## 来源", "**结论："] {
        assert!(md.contains(heading), "{heading} in\n{md}");
    }
    assert!(!md.contains("## Company") && !md.contains("## Sources"), "{md}");

    let en = profile("acme-robotics.com", vec![erp_news(true, true, false)]);
    let md = dealscout::export::profile_markdown(&en.view(), &run(&en, &Playbook::default()));
    assert!(md.contains("## Company") && md.contains("## Questions for the first call"), "{md}");
}
