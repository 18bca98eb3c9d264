//! Unit tests of company extraction over small realistic pages.

use super::*;
use crate::analysis::{AnalyzeOptions, Headcount, Listing};
use crate::capture::Capture;
use crate::date::Date;
use crate::page::parse;

fn facts(url: &str, profile: Option<&str>, html: &str) -> CompanyFacts {
    let capture = Capture {
        url: url.into(),
        html: html.into(),
        captured_at: "2026-11-26T00:00:00Z".into(),
        profile: profile.map(String::from),
    };
    let doc = parse(html);
    let ld = JsonLd::parse(&doc);
    let cues = crate::extract::cues::Cues::new(&doc);
    let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: vec![] };
    let mut ctx = Ctx::for_test(&capture, &doc, &opts, PageKind::Other);
    ctx.kind = crate::extract::kind::classify(ctx.page_url.url.as_ref(), &doc, &ld, &cues);
    extract(&ctx, &ld, &cues)
}

fn value<T: Clone>(f: &Option<Fact<T>>) -> Option<T> {
    f.as_ref().map(|f| f.value.clone())
}

#[test]
fn own_site_basics() {
    let f = facts(
        "https://shop.acme.co.uk/about-us",
        None,
        "<html lang=en><head><title>About us | Acme Robotics</title>\
         <meta name=description content='Acme Robotics builds warehouse robots for manufacturers.'></head><body>\
         <h1>About Acme Robotics</h1><p>Founded in 2012, Acme Robotics is headquartered in Pittsburgh, Pennsylvania \
         and builds autonomous robots for factory and warehouse automation. We employ more than 500 people.</p>\
         <p>Acme Robotics is listed on the Nasdaq (NASDAQ: ACMR).</p>\
         <footer><p>© 2012–2026 Acme Robotics, Inc. All rights reserved.</p></footer></body></html>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("Acme Robotics, Inc."));
    assert!(matches!(f.name.as_ref().map(|n| &n.source), Some(Source::Quote(q)) if q.starts_with("© 2012")));
    assert_eq!(value(&f.domain).as_deref(), Some("acme.co.uk"));
    assert_eq!(value(&f.founded), Some(2012));
    assert_eq!(value(&f.hq).as_deref(), Some("Pittsburgh"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(500), max: None }));
    assert_eq!(value(&f.listed), Some(Listing { exchange: Some("NASDAQ".into()), ticker: Some("ACMR".into()) }));
    assert_eq!(value(&f.industry).as_deref(), Some("manufacturing"));
    let models: Vec<String> = f.business_model.iter().map(|m| m.value.clone()).collect();
    assert_eq!(models, vec!["b2b", "manufacturing"]);
    assert_eq!(value(&f.description).as_deref(), Some("Acme Robotics builds warehouse robots for manufacturers."));
}

#[test]
fn json_ld_organisation_and_chinese_footer() {
    let f = facts(
        "https://www.ruituo.test/about/",
        None,
        "<script type='application/ld+json'>{\"@type\":\"Organization\",\"name\":\"瑞拓精机\",\"foundingDate\":\"2009-03-01\",\
         \"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":\"苏州\"}}</script>\
         <p>公司现有员工2000余人，股票代码：688217。</p><footer>版权所有 © 2026 苏州瑞拓精密机械股份有限公司 苏ICP备10028765号-1</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("瑞拓精机"));
    assert_eq!(value(&f.founded), Some(2009));
    assert_eq!(value(&f.hq).as_deref(), Some("苏州"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(2000), max: None }));
    // A municipality's district is in the city.
    let g = facts(
        "https://www.jianxun.test/",
        None,
        "<p>上海简询网络科技有限公司总部位于上海市徐汇区漕河泾开发区宜山路1388号。</p>\
         <footer>© 2016-2026 上海简询网络科技有限公司 版权所有</footer>",
    );
    assert_eq!(value(&g.hq).as_deref(), Some("上海"));
    assert_eq!(value(&f.listed).and_then(|l| l.ticker).as_deref(), Some("688217"));
}

#[test]
fn tender_on_a_portal_names_the_buyer_not_the_agent() {
    let f = facts(
        "https://ggzy.jiangzhou.test/jyxx/zfcg/zbgg/202611/t20261120_1.html",
        None,
        "<title>某某项目招标公告_江州市公共资源交易中心</title><meta property=og:site_name content=江州市公共资源交易中心>\
         <h1>江州市第一人民医院信息系统升级项目招标公告</h1>\
         <p>江州中信招标咨询有限公司受江州市第一人民医院委托，就本项目进行公开招标。</p>\
         <p>2. 采购代理机构信息</p><p>名 称：江州中信招标咨询有限公司</p>\
         <p>1. 采购人信息</p><p>名 称：江州市第一人民医院</p><p>地 址：江州市人民路168号</p>\
         <footer>版权所有 © 2026 江州市公共资源交易中心</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("江州市第一人民医院"));
    assert_eq!(value(&f.domain), None);
    assert_eq!(value(&f.hq).as_deref(), Some("江州"));
    assert_eq!(value(&f.industry).as_deref(), Some("healthcare"));
    let models: Vec<String> = f.business_model.iter().map(|m| m.value.clone()).collect();
    assert_eq!(models, vec!["public_sector"]);
}

#[test]
fn english_rfp_on_the_buyers_own_site() {
    let f = facts(
        "https://www.springfield.test/bids/rfp-2026-07",
        None,
        "<title>RFP 2026-07 Asset Management Software | City of Springfield</title>\
         <h1>Request for Proposals 2026-07</h1><table><tr><th>Issued by</th><td>City of Springfield, Department of Public Works</td></tr></table>\
         <p>The City of Springfield invites proposals for asset management software.</p>\
         <footer>© 2026 City of Springfield</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("City of Springfield, Department of Public Works"));
    assert_eq!(value(&f.domain).as_deref(), Some("springfield.test"));
    assert_eq!(value(&f.industry).as_deref(), Some("government"));
}

#[test]
fn an_interview_is_about_the_interviewees_company_not_the_publisher() {
    let html = "<title>专访晟岳重工集团CIO许立衡：数据治理是一把手工程_人物专访_数智工业网</title>\
        <main><h1>专访晟岳重工集团CIO许立衡：数据治理是一把手工程，明年数字化投入将增长25%</h1>\
        <p>2026-11-18 08:30 来源：数智工业网</p>\
        <p>【编者按】作为年营收超五百亿元的工程机械和矿山装备制造集团，晟岳在过去五年先后完成了ERP集中。</p>\
        <p>数智工业网：晟岳这两年为什么把数据治理放在这么靠前的位置？</p><p>许立衡：说一个真实的例子。</p>\
        <p>数智工业网：目前进展到哪一步？</p><p>许立衡：数据中台一期预计明年3月上线。</p>\
        <p>数智工业网：替换过程中最担心什么？</p><p>许立衡：最担心的是业务连续性。</p></main>\
        <footer>Copyright © 2012-2026 数智工业网</footer>";
    let f = facts("https://www.shuzhigongye.test/renwu/2026/1118/8812.html", None, html);
    assert_eq!(value(&f.name).as_deref(), Some("晟岳重工集团"));
    // The interviewee's title ends the organisation, in either script.
    let r = super::rules();
    for t in &r.t.interview_titles {
        let head = format!("专访晟岳重工集团{t}许立衡：数据治理是一把手工程");
        assert_eq!(super::names::interviewee_org(&head, r), Some("晟岳重工集团"), "{t}");
    }
    for w in &r.t.interview_heads {
        let head = format!("{w}晟岳重工集团CIO许立衡：数据治理是一把手工程");
        assert_eq!(super::names::interviewee_org(&head, r), Some("晟岳重工集团"), "{w}");
    }
}

#[test]
fn a_councils_agenda_item_awarding_a_contract_is_the_councils() {
    // A council's agenda site is hosted for it: the site's copyright holder
    // is the host, and the item, an award of contract, names the council.
    let html = "<title>City of Ashby Falls - File #: 26-0947</title>\
        <table><tr><td><span>City of Ashby Falls</span><br><span>Ashby Falls City Hall · 210 E. Second Avenue · \
        Ashby Falls, ID 83406</span></td></tr></table>\
        <table><tr><td>Name:</td><td>Utility Billing and CIS Replacement - Contract Award</td></tr>\
        <tr><td>Title:</td><td>Award of Contract to Tyler Technologies, Inc. for a Utility Billing System (RFP No. \
        2026-07) in an Amount Not to Exceed $2,184,650 for a Five-Year Term</td></tr></table>\
        <p>Staff recommends that the City Council award the agreement in an amount not to exceed $2,184,650.</p>\
        <footer>Copyright 2001-2026 Granicus, Inc. All rights reserved.</footer>";
    let url = "https://ashbyfalls.legistar.com/LegislationDetail.aspx?ID=6918244";
    let f = facts(url, None, html);
    assert_eq!(value(&f.name).as_deref(), Some("City of Ashby Falls"));
    assert_eq!(value(&f.industry).as_deref(), Some("government"));
    // The host's domain is not the council's.
    assert_eq!(value(&f.domain), None);
    let doc = parse(html);
    let kind = crate::extract::kind::classify(
        crate::url::Url::parse(url).ok().as_ref(),
        &doc,
        &JsonLd::parse(&doc),
        &crate::extract::cues::Cues::new(&doc),
    );
    assert_eq!(kind, PageKind::Tender);
    // Any page of the host is the council's, never the host's own.
    let minutes = "<title>City of Ashby Falls - Calendar</title><h1>Meeting Calendar</h1>\
        <table><tr><td>City Council</td><td>12/15/2026</td><td>6:00 PM</td></tr></table>\
        <footer>Copyright 2001-2026 Granicus, Inc. All rights reserved.</footer>";
    let f = facts("https://ashbyfalls.legistar.com/Calendar.aspx", None, minutes);
    assert_ne!(value(&f.name).as_deref(), Some("Granicus, Inc."));
}

#[test]
fn a_buyers_web_address_under_its_name_is_no_part_of_it() {
    for (gap, site) in
        [("<br>", "www.qcsc.qld.test"), ("<br>", "https://www.qcsc.qld.test/"), (" ", "http://qcsc.qld.test")]
    {
        let html = format!(
            "<title>QCSC-ITO-2026-07 Replacement Case Management System | QTenders</title><main>\
             <h1>Replacement Case Management System</h1><table><tr><th>Reference number</th><td>QCSC-ITO-2026-07</td></tr>\
             <tr><th>Issued by</th><td>Queensland Care Standards Commission{gap}<a href=\"https://www.qcsc.qld.test/\">{site}</a></td></tr>\
             </table><p>The Commission invites offers for a case management system.</p></main>"
        );
        let f = facts("https://qtenders.test/tender/display/58231", None, &html);
        assert_eq!(value(&f.name).as_deref(), Some("Queensland Care Standards Commission"), "{site}");
    }
}

#[test]
fn a_buyers_office_after_a_dash_is_no_part_of_its_name() {
    for dash in ["-", "&ndash;", "&mdash;"] {
        let html = format!(
            "<title>QCLA-RFT-2026-114 Records Management System | QTenders</title><main>\
             <h1>Records Management System</h1><table><tr><th>Tender ID</th><td>QCLA-RFT-2026-114</td></tr>\
             <tr><th>Issued by</th><td>Queensland Coastal Lands Authority {dash} Corporate Procurement</td></tr>\
             </table><p>The Authority invites offers for a records management system.</p></main>"
        );
        let f = facts("https://qtenders.test/tender/display/60114", None, &html);
        assert_eq!(value(&f.name).as_deref(), Some("Queensland Coastal Lands Authority"), "{dash}");
    }
}

#[test]
fn a_portal_rfp_names_its_buyer_by_the_short_name_it_defines() {
    let f = facts(
        "https://civicbid.test/portal/opportunities/48213",
        None,
        "<title>RFP No. 2026-118 Permitting System Replacement | CivicBid</title><main>\
         <h1>RFP No. 2026-118 — Permitting System Replacement</h1><h2>Description</h2>\
         <p>Osprey County, Florida (the “County”), through its Purchasing Division, is soliciting proposals \
         from qualified firms (each a “Proposer”) to provide a cloud-hosted permitting system.</p></main>\
         <footer>© 2026 CivicBid Procurement Technologies, Inc.</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("Osprey County, Florida"));
    assert_eq!(f.name.map(|n| n.source), Some(Source::quote("Osprey County, Florida (the “County”)")));
    for term in &super::rules().t.defined_buyers {
        let html = format!(
            "<title>RFP 2026-31 | CivicBid</title><main><p>The Harrow Vale {term} (the “{term}”) is soliciting \
             proposals for a records system.</p></main>"
        );
        let f = facts("https://civicbid.test/portal/opportunities/1", None, &html);
        assert_eq!(value(&f.name), Some(format!("Harrow Vale {term}")), "{term}");
    }
    // Two short names, the second the defined one; a public body the
    // notice names later (the state it belongs to) is not the buyer. With
    // no address under the buyer's name in the notice, its footer's gives
    // its headquarters, the town after the street.
    let f = facts(
        "https://www.kittredge.test/procurement/bids/rfp-27-014",
        None,
        "<title>RFP KSU-RFP-27-014 Student CRM | Procurement Services</title><main>\
         <h1>Student Relationship Management (CRM) Solution</h1><h2>Overview</h2>\
         <p>Kittredge State University (“KSU” or “the University”), an institution of higher education of the \
         State of Colorado, is soliciting proposals from qualified firms to provide a cloud-hosted CRM.</p>\
         <p>KSU is a public regional comprehensive university serving about 14,200 students.</p></main>\
         <footer><p><strong>Kittredge State University</strong><br>1400 College Drive<br>Sterling, CO 80751<br>\
         (970) 555-0100</p></footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("Kittredge State University"));
    assert_eq!(value(&f.industry).as_deref(), Some("education"));
    assert_eq!(f.hq.map(|h| h.value).as_deref(), Some("Sterling"));
    // An Ontario municipality's legal style names the town.
    let f = facts(
        "https://wyndhamcreek.bidsandtenders.test/Module/Tenders/en/Tender/Detail/7f3c",
        None,
        "<title>RFP-2026-087 Enterprise Asset Management System - Town of Wyndham Creek</title><main>\
         <p>The Corporation of the Town of Wyndham Creek (the “Town”) is seeking proposals from qualified \
         Proponents for an Enterprise Asset Management System.</p></main>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("Town of Wyndham Creek"));
    assert_eq!(f.hq.map(|h| h.value).as_deref(), Some("Wyndham Creek"));
    // A bracket that defines no buyer ("(the “Services”)") names none.
    let f = facts(
        "https://civicbid.test/portal/opportunities/2",
        None,
        "<title>RFP 2026-32 | CivicBid</title><main><p>Harrow Vale Records Systems (the “Services”) are \
         sought.</p></main>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("CivicBid"));
}

/// The business models of the page at `url`, sorted.
fn models(url: &str, html: &str) -> Vec<String> {
    let mut m: Vec<String> = facts(url, None, html).business_model.iter().map(|m| m.value.clone()).collect();
    m.sort();
    m
}

#[test]
fn a_town_s_utility_buys_as_a_public_body_and_sells_to_households_and_firms() {
    let stadtwerke = models(
        "https://www.stadtwerke-auenfeld.test/presse/abrechnung",
        "<html lang=de><title>Neues Abrechnungssystem | Stadtwerke Auenfeld</title>\
         <meta property=og:site_name content='Stadtwerke Auenfeld'>\
         <p>Die Stadtwerke Auenfeld versorgen 41.000 Haushalte und Gewerbekunden mit Strom, Gas und Trinkwasser.</p>\
         <footer>© 2026 Stadtwerke Auenfeld GmbH</footer>",
    );
    assert_eq!(stadtwerke, vec!["b2b", "b2c", "public_sector"]);
    let private = models(
        "https://www.brightgrid.test/about",
        "<title>About | Brightgrid Energy</title><meta property=og:site_name content='Brightgrid Energy'>\
         <p>Brightgrid Energy is an electricity and gas utility serving 300,000 homes and businesses.</p>\
         <footer>© 2026 Brightgrid Energy Pty Ltd</footer>",
    );
    assert_eq!(private, vec!["b2b", "b2c"]);
}

#[test]
fn a_german_name_s_longest_trade_ending_decides_the_industry() {
    let industry = |name: &str| {
        let html = format!(
            "<html lang=de><title>Karriere | {name}</title><meta property=og:site_name content='{name}'>\
             <h1>Karriere</h1><p>Wir suchen Verstärkung für unser Team in Amberg.</p>\
             <footer>© 2026 {name} GmbH</footer></html>"
        );
        value(&facts("https://www.firma.test/karriere", None, &html).industry)
    };
    assert_eq!(industry("Brandl Kunststofftechnik").as_deref(), Some("manufacturing"));
    assert_eq!(industry("Vossberg Fördertechnik").as_deref(), Some("manufacturing"));
    assert_eq!(industry("Huber Gebäudetechnik").as_deref(), Some("construction"));
    assert_eq!(industry("Lindner Informationstechnik").as_deref(), Some("it_services"));
    assert_eq!(industry("Aschenbrenner Systemhaus").as_deref(), Some("it_services"));
}

#[test]
fn a_trade_word_in_the_name_outranks_what_any_maker_calls_itself() {
    let industry = |name: &str| {
        let html = format!(
            "<title>Leadership | {name}</title><meta property=og:site_name content='{name}'>\
             <h1>Our leadership</h1><p>Meet the people who lead {name}.</p>\
             <footer>© 2026 {name} Limited</footer>"
        );
        value(&facts("https://www.maker.test/leadership", None, &html).industry)
    };
    assert_eq!(industry("Nilgara Auto Components").as_deref(), Some("automotive"));
    assert_eq!(industry("Kestrel Food Industries").as_deref(), Some("food_beverage"));
    assert_eq!(industry("Southbrook Nutrition").as_deref(), Some("food_beverage"));
    // Alone, the generic words still name a maker.
    assert_eq!(industry("Kaveri Precision Components").as_deref(), Some("manufacturing"));
    assert_eq!(industry("东莞市熠联电路科技").as_deref(), Some("electronics"));
}

#[test]
fn an_industry_field_names_the_industry_outright() {
    // A job board's card: the label and its value in one block, and a name
    // word ("智能科技") that would say software.
    let html = "<html lang=zh-CN><head><title>深圳市极澜智能科技有限公司招聘信息-猎聘</title></head><body><main>\
         <h1>深圳市极澜智能科技有限公司</h1><ul><li><span>企业行业：</span>智能硬件</li>\
         <li><span>人数规模：</span>1000-9999人</li></ul><p>公司总部位于深圳南山。</p></main></body></html>";
    let f = facts("https://www.liepin.com/company/13706258/", None, html);
    assert_eq!(value(&f.industry).as_deref(), Some("electronics"));
    assert_eq!(f.industry.as_ref().map(|f| f.source.clone()), Some(Source::quote("企业行业：智能硬件")));
    // A social page's definition list: the label alone, the value next.
    let html = "<html lang=en><head><title>Wattlebrook Group | LinkedIn</title></head><body><main>\
         <h1>Wattlebrook Group</h1><h2>About us</h2><p>Moving Victoria since 1987.</p>\
         <dl><dt>Industry</dt><dd>Truck Transportation</dd><dt>Company size</dt><dd>201-500 employees</dd></dl>\
         </main></body></html>";
    let f = facts("https://www.linkedin.com/company/wattlebrook-freight/about/", None, html);
    assert_eq!(value(&f.industry).as_deref(), Some("logistics"));
    // A story's section tag is no field, nor a sentence after "Industry".
    let html = "<html lang=zh-CN><head><title>观察</title></head><body><main><h1>观察</h1>\
         <p>行业：融资回暖，头部集中，软件企业分化</p><p>Industry observers say software budgets are flat.</p>\
         </main></body></html>";
    let f = facts("https://news.example.test/2026/12/obs.html", None, html);
    assert_eq!(value(&f.industry), None);
}

#[test]
fn a_news_or_information_section_makes_no_publisher() {
    // 资讯 heads every Chinese site's news (新闻资讯) and, in Taiwan, means
    // information (財務資訊): no media word.
    let html = "<html lang=zh-Hant><head><title>法人說明會 - 晟鈦股份有限公司</title></head><body>\
         <nav><a href='/news'>新聞資訊</a><a href='/ir'>財務資訊</a><a href='/ir/info'>公司資訊</a></nav><main>\
         <h1>法人說明會</h1><p>財務資訊</p><p>本公司資訊：財務資訊、股東資訊。</p></main></body></html>";
    let f = facts("https://www.shengtai.test/ir/conference", None, html);
    assert_ne!(value(&f.industry).as_deref(), Some("media"));
}

#[test]
fn a_statutory_body_named_for_its_service_is_of_that_service_s_industry() {
    let of = |name: &str| {
        let html = format!(
            "<title>Tender notice | {name}</title><h1>Customer billing system</h1>\
             <p>{name} invites tenders for a customer billing and metering data system.</p>\
             <footer>© 2026 {name}</footer>"
        );
        let f = facts("https://www.notices.test/tender/2026-118", None, &html);
        let models: Vec<String> = f.business_model.iter().map(|m| m.value.clone()).collect();
        (value(&f.industry), models)
    };
    let (water, models) = of("Cedar Basin Water Authority");
    assert_eq!(water.as_deref(), Some("utilities"));
    assert!(models.contains(&"public_sector".to_owned()), "{models:?}");
    assert_eq!(of("Severn Marches Fire and Rescue Authority").0.as_deref(), Some("government"));
    assert_eq!(of("Tri-Rivers Regional Transit District").0.as_deref(), Some("government"));
    let (nhs, models) = of("Wessex Vale NHS Foundation Trust");
    assert_eq!(nhs.as_deref(), Some("healthcare"));
    assert_eq!(models, ["public_sector"]);
    // A Chinese bureau stays government whatever it runs.
    assert_eq!(of("清河市交通运输局").0.as_deref(), Some("government"));
}

#[test]
fn a_story_puts_its_subject_s_city_before_or_beside_its_name() {
    let story = |headline: &str, lede: &str| {
        let html = format!(
            "<html><head><title>{headline} | VentureBeacon</title>\
             <meta property=og:site_name content=VentureBeacon></head><body><main><article>\
             <h1>{headline}</h1><p>{lede}</p>\
             <p>The round was led by Stockholm-based Halvard Capital, with Spreeland Ventures.</p>\
             <p>Stapelbar plans to double its 180-person team over the next 18 months.</p>\
             </article></main></body></html>"
        );
        let f = facts("https://venturebeacon.test/2026/11/stapelbar-series-b", None, &html);
        assert_eq!(value(&f.name).as_deref(), Some("Stapelbar"), "{headline}");
        value(&f.hq)
    };
    let lede = "The company said Tuesday that it has raised a €40 million Series B.";
    for apostrophe in ["'", "’"] {
        let headline =
            format!("Berlin{apostrophe}s Stapelbar raises €40M to take its dock scheduling software to the US");
        assert_eq!(story(&headline, lede).as_deref(), Some("Berlin"), "{headline}");
    }
    let headline = "Stapelbar raises €40M to take its dock scheduling software to the US";
    assert_eq!(
        story(headline, "Stapelbar, a Berlin startup that sells software for booking arrival slots, has raised €40M.")
            .as_deref(),
        Some("Berlin")
    );
    // A country is no headquarters city; an investor's base is not the
    // subject's.
    for country in &super::rules().t.countries {
        let headline = format!("{country}'s Stapelbar raises €40M to take its software to the US");
        assert_eq!(story(&headline, lede), None, "{country}");
    }
    assert_eq!(story(headline, lede), None);
}

#[test]
fn a_bank_and_a_carrier_serve_households_and_firms_not_as_a_services_firm() {
    let bank = models(
        "https://www.harrowfieldbank.test/about",
        "<title>About us | Harrowfield Bank</title><meta property=og:site_name content='Harrowfield Bank'>\
         <p>Harrowfield Bank offers checking accounts, mortgage lending and business banking across 42 branches.</p>\
         <footer>© 2026 Harrowfield Bank. Member FDIC.</footer>",
    );
    assert_eq!(bank, vec!["b2b", "b2c"]);
    let carrier = models(
        "https://www.tasmanlink.test/about",
        "<title>About | Tasmanlink Telecom</title><meta property=og:site_name content='Tasmanlink Telecom'>\
         <p>Tasmanlink Telecom runs a 5G wireless and fiber broadband network for homes and businesses.</p>\
         <footer>© 2026 Tasmanlink Telecom Ltd</footer>",
    );
    assert_eq!(carrier, vec!["b2b", "b2c"]);
}

#[test]
fn a_council_tendering_for_asset_management_is_government() {
    let f = facts(
        "https://www.wandilla.vic.gov.test/tenders/rft-2026-118",
        None,
        "<title>RFT 2026-118 Enterprise Asset Management and Customer Request System | Wandilla Shire Council</title>         <h1>RFT 2026-118 Enterprise Asset Management and Customer Request System</h1>         <p>Wandilla Shire Council invites tenders for an enterprise asset management system.</p>         <footer>© Wandilla Shire Council 2026 · ABN 61 293 448 109</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("Wandilla Shire Council"));
    assert_eq!(value(&f.industry).as_deref(), Some("government"));
    let models: Vec<&str> = f.business_model.iter().map(|m| m.value.as_str()).collect();
    assert_eq!(models, ["public_sector"]);
}

#[test]
fn a_university_buys_as_a_public_body_an_edtech_company_does_not() {
    let models = |url: &str, html: &str| -> Vec<String> {
        facts(url, None, html).business_model.iter().map(|m| m.value.clone()).collect()
    };
    let uni = models(
        "https://www.brackenholm.test/news/cuts",
        "<title>Brackenholm University</title><meta property=og:site_name content='Brackenholm University'>\
         <p>Brackenholm University will cut 280 jobs. Its 11,000 students and courses continue.</p>\
         <footer>© 2026 Brackenholm University</footer>",
    );
    assert_eq!(uni, vec!["public_sector"]);
    let edtech = models(
        "https://www.cobaltlearning.test/careers",
        "<title>Careers at Cobalt Learning</title><meta property=og:site_name content='Cobalt Learning'>\
         <p>Cobalt Learning helps students master math; our courses reach 2 million students.</p>\
         <footer>© 2026 Cobalt Learning, Inc.</footer>",
    );
    assert!(!edtech.contains(&"public_sector".to_string()), "{edtech:?}");
    // A polytechnic buying through a government portal is a school.
    let f = facts(
        "https://www.gebiz.gov.sg/ptn/opportunity/directlink.xhtml?docCode=KRP000ETT26000318",
        None,
        "<title>GeBIZ - Business Opportunities</title>\
         <meta property=og:title content='Invitation to Tender for a Student Lifecycle Management System'>\
         <div>A Singapore Government Agency Website</div>\
         <div>Invitation to Tender for a Student Lifecycle Management System</div>\
         <table><tr><td>Quotation / Tender No.</td><td>KRP000ETT26000318</td></tr>\
         <tr><td>Agency</td><td>Kallang River Polytechnic</td></tr>\
         <tr><td>Closing Date</td><td>22 Dec 2026 04:00PM</td></tr></table>\
         <p>Kallang River Polytechnic offers diploma courses to about 14,000 students.</p>",
    );
    assert_eq!(value(&f.industry).as_deref(), Some("education"));
    let models: Vec<String> = f.business_model.iter().map(|m| m.value.clone()).collect();
    assert_eq!(models, vec!["public_sector"]);
}

#[test]
fn news_story_about_another_company() {
    let html = "<title>Loomtide raises $20M to automate freight audits | Daily Ledger</title>\
        <meta property=og:site_name content='Daily Ledger'><h1>Loomtide raises $20M to automate freight audits</h1>\
        <p>Loomtide Labs, a Boston-based startup, said on Tuesday it raised $20 million. Founded in 2020, \
        <a href='https://www.loomtide.test/'>Loomtide</a> has 85 employees.</p>\
        <aside><p>Other news: Zentra raises $5M</p></aside><footer>© 2026 Daily Ledger Media LLC</footer>";
    let f = facts("https://www.dailyledger.test/2026/10/loomtide-raises", None, html);
    assert_eq!(value(&f.name).as_deref(), Some("Loomtide Labs"));
    assert_eq!(value(&f.domain).as_deref(), Some("loomtide.test"));
    assert_eq!(value(&f.hq).as_deref(), Some("Boston"));
    assert_eq!(value(&f.founded), Some(2020));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(85), max: Some(85) }));
    assert_eq!(value(&f.description), None, "a story's description is not the company's");
    // The rep attached it to a profile: that is the domain.
    let f = facts("https://www.dailyledger.test/2026/10/loomtide-raises", Some("loomtide.io"), html);
    assert_eq!(value(&f.domain).as_deref(), Some("loomtide.io"));
}

#[test]
fn an_ampersand_joins_a_headline_name() {
    let html = "<title>Wimmera &amp; Western Bank to cut 300 jobs | Business Ledger</title>\
        <meta property=og:site_name content='Business Ledger'><meta property=og:type content=article>\
        <meta property=article:published_time content=2026-11-18T09:00:00+11:00>\
        <h1>Wimmera &amp; Western Bank to cut 300 jobs, close 22 branches</h1>\
        <p>Regional lender Wimmera &amp; Western Bank will cut about 300 jobs, as the Ballarat-based bank \
        pours $85 million into a new core banking system.</p><footer>© 2026 Business Ledger Pty Ltd</footer>";
    let f = facts("https://www.businessledger.test/companies/wimmera-western-bank-to-cut-300-jobs", None, html);
    assert_eq!(value(&f.name).as_deref(), Some("Wimmera & Western Bank"));
}

#[test]
fn a_headline_descriptor_goes_before_the_name() {
    let story = |head: &str, body: &str| {
        let html = format!(
            "<title>{head} | Business Pulse</title><meta property=og:site_name content='Business Pulse'>\
             <meta property=og:type content=article><h1>{head}</h1><p>{body}</p>\
             <footer>© 2026 Pulse Media Holdings Pte Ltd</footer>"
        );
        value(&facts("https://www.businesspulse.test/news/story", None, &html).name)
    };
    for (head, body, want) in [
        (
            "Cross-border freight start-up Tidewell raises S$48 million Series B, eyes Vietnam",
            "Tidewell will open a warehouse in Vietnam. Tidewell employs 150 people.",
            "Tidewell",
        ),
        ("Fintech Paylane cuts 15% of workforce", "Paylane said about 60 staff are affected.", "Paylane"),
        (
            "Tarawera Timber proposes 95 job cuts as building slump hits Kawerau mill",
            "Tarawera Timber Products has proposed cutting about 95 jobs. Tarawera Timber employs 610 people.",
            "Tarawera Timber",
        ),
        (
            "Regional cloud provider Nimbus Asia to cut 8% of staff",
            "Nimbus Asia will focus on AI workloads, Nimbus Asia said.",
            "Nimbus Asia",
        ),
        // A name that starts with an organisation noun keeps it.
        (
            "Software AG raises its outlook",
            "Software AG said demand rose. Software AG is based in Darmstadt.",
            "Software AG",
        ),
    ] {
        assert_eq!(story(head, body).as_deref(), Some(want), "{head}");
    }
    // Restructuring news's verbs end the subject as the others do.
    for v in [
        "proposes",
        "axes",
        "slashes",
        "sheds",
        "trims",
        "warns",
        "confirms",
        "seeks",
        "mulls",
        "weighs",
        "scraps",
        "halts",
        "pauses",
        "delays",
        "restructures",
        "reveals",
        "flags",
        "considers",
        "reopens",
    ] {
        assert!(super::rules().t.headline_verbs.iter().any(|w| w == v), "{v}");
        let head = format!("Tarawera Timber {v} Kawerau mill plans");
        assert_eq!(
            story(&head, "Tarawera Timber said on Monday it would decide by Christmas.").as_deref(),
            Some("Tarawera Timber"),
            "{head}"
        );
    }
}

#[test]
fn a_story_spells_out_the_legal_form_after_a_comma() {
    let story = |second: &str| {
        format!(
            "<title>Ridgeline Tools picks a new ERP | Distribution Weekly</title>\
             <meta property=og:site_name content='Distribution Weekly'>\
             <h1>Ridgeline Tools to replace legacy ERP by 2027</h1><p class=byline>By Jane Smith</p>\
             <p>DENVER — Ridgeline Tools, Inc. said Tuesday it will replace its ERP system.</p><p>{second}</p>\
             <footer>© 2026 Distribution Weekly Media LLC</footer>"
        )
    };
    let url = "https://www.distweekly.test/news/ridgeline-erp";
    // The legal form keeps its period.
    let f = facts(url, None, &story("The distributor employs about 850 people, Ridgeline Tools said."));
    assert_eq!(value(&f.name).as_deref(), Some("Ridgeline Tools, Inc."));
    // A capitalised word after a comma is not more of the name.
    let f = facts(url, None, &story("Ridgeline Tools, Acme and Zentra all run the same system."));
    assert_eq!(value(&f.name).as_deref(), Some("Ridgeline Tools, Inc."));
    let html = "<title>Ridgeline Tools picks a new ERP | Distribution Weekly</title>\
        <h1>Ridgeline Tools to replace legacy ERP by 2027</h1>\
        <p>Ridgeline Tools, Acme and Zentra all run the same system; Ridgeline Tools will move first.</p>";
    assert_eq!(value(&facts(url, None, html).name).as_deref(), Some("Ridgeline Tools"));
    // Legal forms of several words.
    let html = "<title>Tembusu Medical names its first CDO | APNewswire</title>\
        <h1>Tembusu Medical names its first Chief Digital Officer</h1>\
        <p>SINGAPORE -- Tembusu Medical Group Pte. Ltd. (\"Tembusu\") today announced a S$28 million programme.</p>\
        <p>Tembusu Medical will replace its clinic management system.</p>";
    assert_eq!(value(&facts(url, None, html).name).as_deref(), Some("Tembusu Medical Group Pte. Ltd."));
}

#[test]
fn own_press_release_about_a_customer_stays_first_party() {
    let f = facts(
        "https://www.acme.test/news/2026/beta-selects-acme",
        None,
        "<meta property=og:type content=article><meta property=og:site_name content=Acme>\
         <h1>Beta Foods selects Acme for plant automation</h1>\
         <p>Beta Foods will roll out Acme controllers. Acme will deliver the first line in 2027, Acme said. \
         Acme has shipped to 40 plants.</p><footer>© 2026 Acme Inc.</footer>",
    );
    assert_eq!(value(&f.domain).as_deref(), Some("acme.test"));
    assert!(value(&f.name).is_some_and(|n| n.starts_with("Acme")));
}

#[test]
fn chinese_story_subject_and_alias() {
    let f = facts(
        "https://www.chuangtou.test/article/20261103/58213.html",
        None,
        "<title>智仓科技完成2.3亿元B轮融资_创投日报</title><meta property=og:site_name content=创投日报>\
         <h1>智仓科技完成2.3亿元B轮融资</h1><p>创投日报获悉，仓储机器人企业上海智仓机器人科技有限公司（以下简称“智仓科技”）\
         近日完成2.3亿元B轮融资，由远川资本领投。智仓科技成立于2018年，总部位于上海，现有员工600余人。</p>\
         <footer>版权所有 © 2026 创投日报</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("上海智仓机器人科技有限公司"));
    assert_eq!(value(&f.domain), None);
    assert_eq!(value(&f.founded), Some(2018));
    assert_eq!(value(&f.hq).as_deref(), Some("上海"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(600), max: None }));
    assert_eq!(value(&f.industry).as_deref(), Some("manufacturing"));
}

#[test]
fn a_filing_names_its_issuer_in_a_field_and_a_story_its_short_name_before_the_legal_one() {
    // A Taiwan 重大訊息 on the exchange's site: "2.公司名稱:" names the issuer.
    let f = facts(
        "https://mops.twse.test/mops/web/t05st01",
        None,
        "<html lang=zh-Hant><head><title>公開資訊觀測站 - 重大訊息主旨全部內容</title></head><body><main>\
         <table><tr><td>主旨</td><td>本公司董事會決議通過組織調整暨實施減班休息案</td></tr>\
         <tr><td>說明</td><td>1.事實發生日:115/11/26 2.公司名稱:鉅鋒精機股份有限公司 3.與公司關係:本公司</td></tr>\
         </table></main><footer>臺灣證券交易所股份有限公司　版權所有 © 2026 Taiwan Stock Exchange Corporation.</footer>\
         </body></html>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("鉅鋒精機股份有限公司"));
    assert_eq!(value(&f.industry).as_deref(), Some("manufacturing"));
    // A publisher that names itself in every paragraph ("财联社记者") does
    // not outnumber a company called by its short name throughout.
    let f = facts(
        "https://www.cls.test/detail/1893452",
        None,
        "<html lang=zh-CN><head><title>擎岳汽车启动新一轮组织优化 - 财联社</title>\
         <meta property=og:type content=article></head><body><main><h1>擎岳汽车启动新一轮组织优化</h1>\
         <p>财联社11月27日讯，财联社记者获悉，新势力车企擎岳汽车（安徽擎岳汽车科技有限公司）本周起启动组织调整。</p>\
         <p>一位接近擎岳汽车的人士向财联社记者透露，擎岳汽车目前在职员工约9500人。</p>\
         <p>对此，擎岳汽车方面回应财联社记者称，公司正在进行业务聚焦。</p></main>\
         <footer>Copyright © 2026 财联社 All Rights Reserved.</footer></body></html>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("安徽擎岳汽车科技有限公司"));
}

#[test]
fn a_chinese_story_names_its_subject_short_without_quotes() {
    // "（以下简称湘岳纸业）": an alias without quotes, after the place.
    let f = facts(
        "https://www.blxww.test/news/2026-11/19/content_88231.html",
        None,
        "<title>湘岳纸业2.6亿元建设智能工厂_巴陵新闻网</title><h1>湘岳纸业2.6亿元建设智能工厂</h1>\
         <p>来源：岳阳日报 作者：记者 胡晓岚</p><p>11月18日，记者走进位于云溪区的湖南湘岳纸业股份有限公司（以下简称湘岳纸业），\
         这家始建于1958年的老纸厂正在建设智能工厂。湘岳纸业现有职工1380余人。</p><p>湘岳纸业计划2027年底建成投用。</p>\
         <footer>Copyright © 2008-2026 www.blxww.test All Rights Reserved</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("湖南湘岳纸业股份有限公司"));
    assert_eq!(value(&f.founded), Some(1958));
    // The legal name once, after what the company makes; the headline's
    // short name throughout.
    let f = facts(
        "https://money.udn.test/money/story/5612/8372910",
        None,
        "<title>長澐化學砸3.2億數位轉型 | 經濟日報</title><meta property=og:site_name content='Economic Daily News'>\
         <h1>長澐化學砸3.2億數位轉型 雲端ERP明年第三季上線</h1><p>經濟日報 記者簡婉茹／台北即時報導</p>\
         <p>半導體特用化學品廠長澐化學工業股份有限公司（4783）昨（23）日舉辦法人說明會，宣布將投入約新台幣3.2億元推動數位轉型。</p>\
         <p>長澐化學董事長洪啟銘表示，公司營運規模過去五年成長將近一倍。長澐化學成立於1989年，全球員工約1,150人。</p>\
         <footer>版權所有 © 2026 Economic Daily News</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("長澐化學工業股份有限公司"));
    assert_eq!(value(&f.founded), Some(1989));
    assert_eq!(value(&f.domain), None);
    // A closures headline: the name runs into when and what ("年内关店").
    let f = facts(
        "https://www.guanchao-biz.test/article/741236.html",
        None,
        "<title>鲜邻生鲜年内关店186家、总部裁员三成 | 观潮商业</title><h1>鲜邻生鲜年内关店186家、总部裁员三成</h1>\
         <p>观潮商业 记者 王璐</p><p>社区生鲜连锁鲜邻生鲜今年以来已关闭186家门店，鲜邻生鲜总部人员缩减约三成。</p>\
         <footer>版权合作：copyright@guanchao-biz.test Copyright © 2026 观潮商业</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("鲜邻生鲜"));
    // Spending on a plant: "砸" is the verb.
    let f = facts(
        "https://www.ecotrade-news.test/news/industry/20261203/3318.html",
        None,
        "<title>銓鋒精機砸15億建台中智慧新廠 | 經貿產業新聞網</title><h1>銓鋒精機砸15億建台中智慧新廠 預計2027年第四季完工</h1>\
         <p>記者 林佳蓉／台中報導</p><p>工具機大廠銓鋒精機宣布，將投資新台幣15億元於台中精密機械園區興建智慧新廠。</p>\
         <p>銓鋒精機總經理陳志明表示，新廠導入智慧製造系統。</p><footer>版權所有 © 2026 經貿產業新聞網</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("銓鋒精機"));
    // Results headlines: the name runs into the period ("中期") or an amount.
    let hk = "<title>卓思教育中期虧損擴大至6,820萬 | 香港01</title><h1>卓思教育中期虧損擴大至6,820萬 裁員120人</h1>\
              <p>補習服務商卓思教育集團（09639）昨日公布中期業績，收入減少18%至4.26億港元。</p>\
              <p>卓思教育創辦於2005年，總部位於香港觀塘。</p><footer>版權所有 © 2026 HK01 Company Limited</footer>";
    let f = facts("https://www.hk01.test/news/60218837/", None, hk);
    assert_eq!(value(&f.name).as_deref(), Some("卓思教育"));
    // The code after the group's name, whichever group word follows the short one.
    assert_eq!(value(&f.listed).and_then(|l| l.ticker).as_deref(), Some("09639"));
    for w in &super::rules().t.group_words {
        let html = hk.replace("卓思教育集團（09639）", &format!("卓思教育{w}（09639）"));
        let f = facts("https://www.hk01.test/news/60218837/", None, &html);
        assert_eq!(value(&f.listed).and_then(|l| l.ticker).as_deref(), Some("09639"), "{w}");
    }
    let em = "<title>四明优选8.5亿元定增落地_东方财富网</title><h1>四明优选8.5亿元定增落地 2.1亿元投向系统替换</h1>\
              <p>11月26日晚间，宁波四明优选商业连锁股份有限公司（605397）发布公告称，定增已完成。</p>\
              <p>四明优选将整体替换门店POS系统。</p><footer>版权所有：东方财富网</footer>";
    let f = facts("https://finance.eastmoney.test/news/202611273251846972.html", None, em);
    assert_eq!(value(&f.name).as_deref(), Some("宁波四明优选商业连锁股份有限公司"));
    // A date or "截至" before the figures is no name.
    let ir = "<title>截至2026年9月30日止六個月中期業績公告</title><h1>截至2026年9月30日止六個月中期業績公告</h1>\
              <p>浩淳環保控股有限公司董事會公布中期業績。</p><footer>© 浩淳環保控股有限公司</footer>";
    let f = facts("https://www.haochunenv.test/tc/ir/interim.html", None, ir);
    assert_eq!(value(&f.name).as_deref(), Some("浩淳環保控股有限公司"));
}

#[test]
fn a_japanese_story_names_its_subject_by_a_legal_form_before_the_name() {
    let f = facts(
        "https://venturepost.test/articles/2026/11/26/tsuchikara",
        None,
        "<html lang=ja><title>土壌センシングのツチカラ、シリーズBで15億円を調達 | ベンチャーポスト</title>\
         <meta property=og:site_name content=ベンチャーポスト>\
         <h1>土壌センシングのツチカラ、シリーズBで15億円を調達</h1><p>記者 山本</p>\
         <p>営農支援SaaSを展開する株式会社ツチカラ（茨城県つくば市）は11月26日、シリーズBラウンドで15億円の資金調達を実施したと発表した。</p>\
         <p>ツチカラは、圃場に差し込む独自の土壌センサーで水分を計測する。</p>\
         <footer>© 2026 ベンチャーポスト</footer></html>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("株式会社ツチカラ"));
    // Two kana a headline shares by chance name nobody.
    let f = facts(
        "https://www.hokuyo-foods.test/news/20261110.html",
        None,
        "<html lang=ja><title>基幹システム刷新に関するお知らせ｜ニュースリリース｜北陽食品工業株式会社</title>\
         <h1>基幹システム刷新に関するお知らせ</h1><p>北陽食品工業株式会社は、基幹システムを刷新いたします。</p>\
         <p>導入支援パートナー 株式会社クロスリンク・ソリューションズ</p><footer>© 北陽食品工業株式会社</footer></html>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("北陽食品工業株式会社"));
}

#[test]
fn a_story_whose_publisher_is_named_more_than_the_company_by_its_full_name() {
    // The newsroom names itself in every attribution ("界面新闻获悉",
    // "告诉界面新闻"); the company is named in full once, then by the
    // short name the story gives it.
    let f = facts(
        "https://www.jiemian.test/article/12873461.html",
        None,
        "<title>织岚服饰关店裁员，仍拿出3000万换系统|界面新闻</title><meta property=og:site_name content=界面新闻>\
         <meta property=og:type content=article><h1>织岚服饰关店裁员，仍拿出3000万换系统</h1>\
         <p>界面新闻获悉，浙江织岚服饰股份有限公司（下称“织岚”）董事长徐慧琴于11月28日向全体员工发出内部信。</p>\
         <p>织岚创立于2009年，总部位于杭州。一位接近公司的人士告诉界面新闻，织岚目前在册员工约4200人。</p>\
         <p>织岚首席信息官周鹏向界面新闻证实，织岚将更换系统。界面新闻记者 沈一帆</p>\
         <footer>Copyright © 2014-2026 界面新闻</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("浙江织岚服饰股份有限公司"));
    // "28日向全体员工" is a day of the month, not a headcount.
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(4200), max: Some(4200) }));
    // "2026届新员工" is a year's intake of graduates, not a headcount.
    let f = facts(
        "https://www.hengtuo.test/about/",
        None,
        "<title>公司简介-浙江恒拓精密传动股份有限公司</title><h1>公司简介</h1>\
         <p>浙江恒拓精密传动股份有限公司成立于2003年，专业从事精密减速机研发与制造。</p>\
         <ul><li>恒拓传动2026届新员工入职培训圆满结束</li></ul>\
         <footer>Copyright © 2003-2026 浙江恒拓精密传动股份有限公司 版权所有</footer>",
    );
    assert_eq!(value(&f.employees), None);
    // A short name in quotes before the legal name in brackets.
    let f = facts(
        "https://www.cyxinzhi.test/article/88213",
        None,
        "<title>「翎析科技」完成数亿元C轮融资-创业新知</title><meta property=og:site_name content=创业新知>\
         <meta property=og:type content=article><h1>供应链计划SaaS「翎析科技」完成数亿元C轮融资</h1>\
         <p>创业新知获悉，供应链计划SaaS服务商「翎析科技」（上海翎析信息科技有限公司）近日完成C轮融资。</p>\
         <p>翎析科技创始人兼CEO许承泽告诉创业新知，本轮资金将用于研发。翎析科技成立于2018年。</p>\
         <p>创业新知了解到，翎析科技目前员工约320人。</p><footer>© 2013-2026 创业新知</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("上海翎析信息科技有限公司"));
}

#[test]
fn a_wechat_article_belongs_to_its_account() {
    let f = facts(
        "http://mp.weixin.qq.com/s?__biz=MzA4NjEyMzQ1Ng==&mid=2651873402",
        None,
        "<title>鲁晟集团数字化转型这三年</title><meta property=og:site_name content=微信公众平台>\
         <meta property=og:type content=article><script>var nickname = htmlDecode(\"鲁晟集团\");\
         var user_name = \"gh_3a7c9e1f2b4d\";</script><h1>鲁晟集团数字化转型这三年</h1>\
         <p>山东鲁晟化工集团有限公司始建于1998年，总部位于东营，员工2800余人。</p>",
    );
    // The story's group, by the legal name its account's post gives.
    assert_eq!(value(&f.name).as_deref(), Some("山东鲁晟化工集团有限公司"));
    assert_eq!(value(&f.hq).as_deref(), Some("东营"));
    // Read for a prospect attached by the rep, the account's post is about
    // the account, not about the vendor it names (after its role, "实施方").
    let post = "<title>赣瑞铜业MES项目启动会隆重召开</title><meta property=og:site_name content=微信公众平台>\
         <meta property=og:type content=article><script>var nickname = htmlDecode(\"赣瑞铜业\");</script>\
         <h1>赣瑞铜业数字化工厂（MES）项目启动会隆重召开</h1>\
         <p>11月25日下午，江西赣瑞铜业有限公司数字化工厂（MES）项目启动会隆重召开。\
         项目实施方鼎捷数智股份有限公司华中区相关负责人一同出席。最终选定鼎捷数智作为实施合作伙伴。</p>\
         <p>会议最后，董事长钟国华与鼎捷数智代表共同按下项目启动球，标志着赣瑞铜业MES项目正式进入实施阶段。</p>";
    let f = facts("https://mp.weixin.qq.com/s?__biz=MzU5NzQ4MTc2Ng==&mid=2247487731", Some("ganrui-copper.com"), post);
    assert_eq!(value(&f.name).as_deref(), Some("江西赣瑞铜业有限公司"));
    // Elsewhere a script's variable names nobody.
    let f = facts(
        "https://www.lusheng.test/news/1",
        None,
        "<title>鲁晟集团</title><script>var nickname = \"Guest\";</script><footer>© 2026 鲁晟集团</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("鲁晟集团"));
}

#[test]
fn a_group_profile_box_on_its_own_site() {
    // An investor page's sidebar box "集團簡介" is the company's own.
    let f = facts(
        "https://www.yuechuan-group.test/tc/investor-relations/announcements/1",
        None,
        "<title>自願性公告 – 悅川餐飲集團控股有限公司</title><aside><h3>集團簡介</h3>\
         <p>悅川餐飲集團於1996年在香港創立，以「悅川茶居」起家。</p></aside>\
         <main><h1>自願性公告</h1><p>本公司董事會謹此宣佈業務更新。</p></main>\
         <footer>© 2026 悅川餐飲集團控股有限公司 版權所有</footer>",
    );
    assert_eq!(value(&f.founded), Some(1996));
}

#[test]
fn chinese_trade_words_in_names_and_descriptions() {
    let industry = |url: &str, html: &str| value(&facts(url, None, html).industry);
    // An E&M engineering contractor builds; a 机电 maker makes.
    assert_eq!(
        industry(
            "https://www.henglai.test/about",
            "<title>關於我們 | 恆澧機電工程有限公司</title><footer>© 2026 恆澧機電工程有限公司</footer>"
        )
        .as_deref(),
        Some("construction")
    );
    assert_eq!(
        industry(
            "https://www.shuofang.test/",
            "<title>宁夏朔方建材集团有限公司</title><footer>© 2026 宁夏朔方建材集团有限公司</footer>"
        )
        .as_deref(),
        Some("manufacturing")
    );
    // A drug maker describes itself by its drugs, not only by its plants.
    let pharma = industry(
        "https://www.chukang.test/about",
        "<title>关于我们 - 湖北楚康药业股份有限公司</title><main><h2>公司简介</h2><p>公司是一家集化学药、中成药及原料药研发、\
         生产和销售于一体的国家高新技术企业，拥有三大生产基地。</p></main><footer>© 2026 湖北楚康药业股份有限公司</footer>",
    );
    assert_eq!(pharma.as_deref(), Some("pharma_biotech"));
}

#[test]
fn a_quote_widget_names_the_listing() {
    let listed = |html: &str| value(&facts("https://www.shravasti.test/", None, html).listed);
    let page = |body: &str| {
        format!(
            "<title>Shravasti Hospitals</title><main>{body}</main><footer>© 2026 Shravasti Healthcare Limited</footer>"
        )
    };
    let ticker = |l: Option<Listing>| l.and_then(|l| l.ticker);
    assert_eq!(ticker(listed(&page("<div>NSE SHRAVASTI</div><div>₹1,482.35</div>"))).as_deref(), Some("SHRAVASTI"));
    assert_eq!(ticker(listed(&page("<p>NSE SHRAVASTI ₹1,482.35</p>"))).as_deref(), Some("SHRAVASTI"));
    // A market strip's index is no symbol.
    assert_eq!(ticker(listed(&page("<ul><li><span>ASX 200</span>8,412.6 <span>-0.31%</span></li></ul>"))), None);
    assert_eq!(
        ticker(listed(&page("<p>Die Aktie (Kürzel: KMH) ist im Prime Standard notiert.</p>"))).as_deref(),
        Some("KMH")
    );
    assert_eq!(listed(&page("<p>NSE SHARES FELL sharply today</p>")), None);
    // A widget in a sidebar of its own: the site's description gives the listing.
    let html = "<head><title>Investors | Karoo Packaging</title><meta name=description content='Investor relations \
        for Karoo Packaging Holdings Limited (JSE: KPH): share price, results and reports.'></head><main>\
        <h1>Investing in Karoo Packaging</h1><aside><p><strong>JSE: KPH</strong> · Ordinary shares</p></aside></main>";
    let l = facts("https://www.karoopackaging.test/investors/", None, html).listed;
    assert_eq!(value(&l).and_then(|l| l.ticker).as_deref(), Some("KPH"));
    assert_eq!(l.map(|f| f.source), Some(Source::evidence("meta description", "JSE: KPH")));
    // Another site's description, read for another prospect, is not its own.
    assert_eq!(
        value(&facts("https://www.karoopackaging.test/investors/", Some("harbourline.test"), html).listed),
        None
    );
}

#[test]
fn listings_on_more_exchanges_and_codes_after_the_name() {
    let ticker = |url: &str, html: &str| value(&facts(url, None, html).listed).and_then(|l| l.ticker);
    let jse = "<title>Board | Sable Ridge Packaging</title><header>JSE: SRP</header>\
        <p>Sable Ridge Packaging Holdings Limited is a JSE-listed manufacturer of plastic packaging.</p>";
    assert_eq!(ticker("https://www.sableridge.test/about/board", jse).as_deref(), Some("SRP"));
    let hk = "<title>中期業績 | 皓淳環保</title><header>港交所：06239</header><p>皓淳環保公布截至2026年9月30日止六個月之中期業績。</p>";
    assert_eq!(ticker("https://ir.haochun.test/news/2026-interim", hk).as_deref(), Some("06239"));
    let ja = "<title>IRニュース | 深山精密工業株式会社</title>\
        <p>会社名 深山精密工業株式会社（コード番号：6497　東証スタンダード）</p>";
    assert_eq!(ticker("https://www.miyama-seimitsu.test/ir/news/20261112.html", ja).as_deref(), Some("6497"));
    // Taiwan news: the code in brackets after the prospect's name, not
    // after another company's.
    let tw = "<title>長澐化學砸3.2億數位轉型 | 經濟日報</title><h1>長澐化學砸3.2億數位轉型</h1>\
        <p>經濟日報 記者簡婉茹／台北即時報導</p><p>半導體特用化學品廠長澐化學工業股份有限公司（4783）昨日舉辦法人說明會，宣布推動數位轉型。</p>\
        <p>長澐化學董事長洪啟銘表示，將與台灣積體電路製造股份有限公司（2330）合作。長澐化學成立於1989年。</p>";
    let f = facts("https://money.udn.test/money/story/5612/8372910", None, tw);
    assert_eq!(value(&f.name).as_deref(), Some("長澐化學工業股份有限公司"));
    assert_eq!(value(&f.listed).and_then(|l| l.ticker).as_deref(), Some("4783"));
    let other = tw.replace("（4783）", "");
    assert_eq!(ticker("https://money.udn.test/money/story/5612/8372910", &other), None);
}

#[test]
fn taiwan_otc_codes_and_electromechanical_makers() {
    let f = facts(
        "https://www.dingcheng.test/news/1",
        None,
        "<title>新聞稿 | 鼎澄機電股份有限公司</title><meta property=og:site_name content=鼎澄機電股份有限公司>\
         <p>工業馬達廠鼎澄機電（櫃買代號：4587）今日公布11月營收。</p>\
         <footer>Copyright © 2026 鼎澄機電股份有限公司</footer>",
    );
    assert_eq!(value(&f.listed).and_then(|l| l.ticker).as_deref(), Some("4587"));
    assert_eq!(value(&f.industry).as_deref(), Some("manufacturing"));
}

#[test]
fn same_org_compares_identities() {
    assert!(same_org("SignalPost", "SignalPost Media, Inc."));
    assert!(same_org("甬江港务集团有限公司", "甬江港务集团电子采购平台"));
    assert!(!same_org("江州市公共资源交易中心", "江州市第一人民医院"));
    assert!(!same_org("Acme", "Acmeon Labs"));
    assert!(!same_org("", "Acme"));
}

#[test]
fn founded_in_a_place_and_a_pay_basis_is_no_place() {
    let f = facts(
        "https://careers.cobblestonevet.test/",
        None,
        "<html lang=en><title>Careers | Cobblestone Veterinary Partners</title>\
         <p>Cobblestone Veterinary Partners was founded in Nashville in 2015 by three veterinarians.</p>\
         <ul><li>Emergency Veterinarian · Charlotte, NC · Production-based, $180,000 guaranteed base</li></ul>\
         <footer>© 2026 Cobblestone Veterinary Partners, LLC</footer></html>",
    );
    assert_eq!(value(&f.founded), Some(2015));
    assert_eq!(value(&f.hq), None);
    // A place of three words with its province.
    let f = facts(
        "https://www.lakeheadmaterials.test/news",
        None,
        "<html lang=en><title>Lakehead Specialty Materials</title><main><h2>About Lakehead</h2>\
         <p>Founded in Thunder Bay, Ontario in 1987, Lakehead operates 14 manufacturing plants.</p></main></html>",
    );
    assert_eq!(value(&f.founded), Some(1987));
}

#[test]
fn founded_as_formed_restructured_and_depuis() {
    let founded = |url: &str, html: &str| value(&facts(url, None, html).founded);
    assert_eq!(
        founded(
            "https://www.tririvers-transit.test/procurement/rfp",
            "<html lang=en><p>Tri-Rivers Transit District serves Lewiston and Clarkston. It was formed in 1998 and \
             employs approximately 145 people.</p></html>",
        ),
        Some(1998)
    );
    assert_eq!(
        founded(
            "https://www.mxrcb.test/news/1.html",
            "<html lang=zh><p>关于闽溪农商银行：福建闽溪农村商业银行股份有限公司于2011年由原三明市农村信用合作联社改制成立，\
             总部位于福建省三明市。</p></html>",
        ),
        Some(2011)
    );
    // A state-owned group is put together (组建).
    assert_eq!(
        founded(
            "https://www.rungang.test/zhaopin/2026/1201.html",
            "<html lang=zh><p>江苏润港物流集团有限公司是镇江市人民政府出资设立的市属国有重点企业，组建于2009年，\
             注册资本30亿元，总部位于江苏省镇江市。</p></html>",
        ),
        Some(2009)
    );
    // What another body was restructured from is no founding of the company.
    assert_eq!(
        founded(
            "https://www.mxrcb.test/news/2.html",
            "<html lang=zh><p>2011年，三明市农村信用合作联社改制，次年公司成立。</p></html>",
        ),
        None
    );
    assert_eq!(
        founded(
            "https://www.cazales-logistique.test/a-propos",
            "<html lang=fr><title>À propos | Cazalès Logistique</title><p>Depuis 1979, Cazalès Logistique conçoit et \
             opère des entrepôts.</p></html>",
        ),
        Some(1979)
    );
    // The founding day and month before the year.
    for (text, year) in [
        ("The trust was formed in April 2011 through the merger of two hospital trusts.", 2011),
        ("Harwick Controls was founded on 12 March 1998 in Leeds.", 1998),
        ("Founded in Sept. 2004, Harwick Controls builds panels.", 2004),
    ] {
        let html = format!("<html lang=en><title>About us</title><h1>About us</h1><p>{text}</p></html>");
        assert_eq!(founded("https://www.harwick.test/about-us", &html), Some(year), "{text}");
    }
    // A month is no place: "founded in May" then a year much later is no founding.
    assert_eq!(
        founded(
            "https://www.harwick.test/about-us",
            "<html lang=en><p>The club was founded in May by parents who wanted a league, and in 2019 it grew.</p></html>"
        ),
        None
    );
}

#[test]
fn headcounts() {
    let hc = |html: &str| value(&facts("https://acme.test/about", None, html).employees);
    let h = |min: Option<u64>, max: Option<u64>| Some(Headcount { min, max });
    assert_eq!(
        hc("<p>Headquartered in Hartford, Connecticut, our 1,900 employees write policies.</p>"),
        h(Some(1900), Some(1900))
    );
    assert_eq!(
        hc("<p>Die Firma hat ihren Hauptsitz in Heilbronn. Mit rund 1.150 Mitarbeitenden fertigt sie Getriebe.</p>"),
        h(Some(1150), Some(1150))
    );
    assert_eq!(hc("<p>公司现有员工2000余人，其中研发人员400余人。</p>"), h(Some(2000), None));
    // A headcount's growth starts from today's count; a target alone is none.
    assert_eq!(
        hc("<p>Das Team soll bis Ende 2027 von derzeit 48 auf 120 Mitarbeitende wachsen.</p>"),
        h(Some(48), Some(48))
    );
    assert_eq!(hc("<p>The team will grow from 48 to 120 employees by 2027.</p>"), h(Some(48), Some(48)));
    for target in &super::rules().t.growth_target {
        let html = format!("<p>The company expects to {target} 400 employees by March 2027.</p>");
        assert_eq!(hc(&html), None, "{target}");
    }
    assert_eq!(hc("<p>The company has grown to 300 employees.</p>"), h(Some(300), Some(300)));
    // The company's own team, sized after the word; a team of the company's is not it.
    assert_eq!(hc("<p>Today we’re a team of 180 in Denver, Austin and remote.</p>"), h(Some(180), Some(180)));
    assert_eq!(hc("<p>We are a team of 60+ across three offices.</p>"), h(Some(60), None));
    assert_eq!(hc("<p>Our support team of 12 answers within an hour.</p>"), None);
    assert_eq!(hc("<p>截至6月30日，公司员工总数约3200人。</p>"), h(Some(3200), Some(3200)));
    // An investor Q&A's question number labels the question, not a count.
    assert_eq!(
        hc("<p>问题4：目前公司的员工规模和结构是怎样的？</p><p>答：截至2026年9月30日，公司员工总数为3,460人。</p>"),
        h(Some(3460), Some(3460))
    );
    assert_eq!(
        hc("<html lang=ja><table><tr><th>従業員数</th><td>連結 1,038名／単体 624名（2026年3月31日現在）</td></tr></table>"),
        h(Some(1038), Some(1038))
    );
    // A sentence's topic marked with は.
    assert_eq!(
        hc("<html lang=ja><p>2026年9月30日現在の従業員数は、連結2,184名（単体1,126名）となりました。</p>"),
        h(Some(2184), Some(2184))
    );
    assert_eq!(hc("<p>Today more than 7,800 employees deliver care.</p>"), h(Some(7800), None));
    assert_eq!(hc("<p>Company size: 51-200 employees</p>"), h(Some(51), Some(200)));
    assert_eq!(hc("<div>650</div><div>employees</div>"), h(Some(650), Some(650)));
    // A people word labels a stat card standing alone, not with what follows.
    assert_eq!(hc("<ul><li><span>1,850+</span><span>People</span></li></ul>"), h(Some(1850), None));
    assert_eq!(hc("<ul><li><span>40,000</span><span>people served</span></li></ul>"), None);
    assert_eq!(hc("<div>1,850+</div><div>people</div>"), h(Some(1850), None));
    assert_eq!(hc("<div>40,000</div><div>people served</div>"), None);
    assert_eq!(hc("<p>We're 340 people across our Denver headquarters.</p>"), h(Some(340), Some(340)));
    assert_eq!(hc("<p>The company employs more than 800 people.</p>"), h(Some(800), None));
    assert_eq!(hc("<p>Built for companies with 50-500 employees.</p>"), None);
    // The reader's team is no headcount.
    for reader in &super::rules().t.reader_after {
        let html = format!("<p>More than 75 people {reader} team? We employ more than 120 people.</p>");
        assert_eq!(hc(&html), h(Some(120), None), "{reader}");
    }
    // Cuts are no headcount; the count after them is.
    assert_eq!(
        hc("<p>期內集團已關閉5間教學中心，並裁減約120名全職及兼職員工。截至9月底，集團僱員約1,150名。</p>"),
        h(Some(1150), Some(1150))
    );
    assert_eq!(hc("<p>The company laid off 85 employees in March.</p>"), None);
    // A cut said after the count, and an "up to" inside other words.
    assert_eq!(
        hc("<p>Regrettably, 140 employees were affected through a Section 189 retrenchment process.</p>\
            <p>Established in 1958, the Group today employs approximately 7,400 people.</p>"),
        h(Some(7400), Some(7400))
    );
    assert_eq!(
        hc("<p>Once operating it will employ around 140 permanent staff.</p><p>It employs more than 650 people.</p>"),
        h(Some(650), None)
    );
    assert_eq!(hc("<p>Discover all 1,872 employees</p>"), None);
    // A label's scope or verb between it and its count; a quarter's change
    // is no count.
    assert_eq!(
        hc("<p>Total headcount stood at 61,482 as of September 30, 2026, a net addition of 1,204 employees \
            during the quarter.</p>"),
        h(Some(61482), Some(61482))
    );
    assert_eq!(hc("<p>The quarter saw a net addition of 1,204 employees.</p>"), None);
    assert_eq!(
        hc("<dl><dt>Founded</dt><dd>1952</dd><dt>Employees worldwide</dt><dd>about 1,850</dd></dl>\
            <h3>Bad Urach</h3><p>Around 1,150 employees. Engineering and final assembly of all machine types.</p>"),
        h(Some(1850), Some(1850))
    );
    for w in &super::rules().t.count_label_words {
        assert_eq!(hc(&format!("<p>Headcount {w}: 1,850</p>")), h(Some(1850), Some(1850)), "{w}");
    }
    // A new site's future staff, a plant's staff, a team someone leads and
    // workers to be found are not the company's headcount.
    assert_eq!(
        hc("<p>Once fully operational, the facility is expected to employ around 650 people.</p>\
            <p>With five plants and over 4,800 employees, the Company serves more than 600 customers.</p>"),
        h(Some(4800), None)
    );
    assert_eq!(
        hc("<p>Southbrook will continue to operate its Rolleston plant, which employs around 420 people.</p>\
            <p>It employs more than 650 people.</p>"),
        h(Some(650), None)
    );
    assert_eq!(hc("<p>Derek leads the 60-person team behind our dispatch and customer portal.</p>"), None);
    assert_eq!(hc("<h1>Replacing a 20-year-old WMS and finding 300 warehouse workers</h1>"), None);
    assert_eq!(
        hc("<p>The automation replaces the 600-plus temporary workers it brings in each autumn.</p>\
            <p>The retailer employs about 2,300 people.</p>"),
        h(Some(2300), Some(2300))
    );
    // Openings and a team of the company are not its size; its people are.
    assert_eq!(
        hc("<h2>Now hiring 40 warehouse associates</h2><p>We have grown to about 1,900 team members.</p>"),
        h(Some(1900), Some(1900))
    );
    assert_eq!(hc("<p>Our tech team is 60 people strong.</p>"), None);
    assert_eq!(
        hc("<p>Das Projektteam umfasst in der Spitze rund 120 interne Mitarbeitende.</p>\
            <p>Mit rund 3.200 Mitarbeitenden an sechs Standorten erzielte das Unternehmen 812 Mio. Euro Umsatz.</p>"),
        h(Some(3200), Some(3200))
    );
    assert_eq!(hc("<p>19 hotels, run by more than 3,400 colleagues.</p>"), h(Some(3400), None));
    assert_eq!(hc("<p>截至2025年12月31日，公司在职员工合计3,126人。</p>"), h(Some(3126), Some(3126)));
    assert_eq!(hc("<p>We serve 2 million people every day.</p>"), None);
    assert_eq!(
        hc("<p>Still family owned, our 2,300 people across nine sites make dairy ingredients.</p>"),
        h(Some(2300), Some(2300))
    );
    assert_eq!(hc("<p>Our 640 people make castings.</p>"), h(Some(640), Some(640)));
    assert_eq!(
        hc("<p>Founded in 1998, Tarangini has 9,400+ professionals across 11 countries.</p>"),
        h(Some(9400), None)
    );
    assert_eq!(hc("<p>The county has 85,000 people across 40 townships.</p>"), None);
    assert_eq!(
        hc("<p>Today our 350 consultants work from six offices, serving clients in manufacturing.</p>"),
        h(Some(350), Some(350))
    );
    // A plan's limit is no headcount; nor is any count on a pricing page.
    for lead in ["最多", "不超过", "上限", "适用于"] {
        assert_eq!(hc(&format!("<p>基础版：{lead}20名员工使用。</p>")), None, "{lead}");
    }
    let plan = "<p>标准版 ¥9,800/年，超出部分¥60/人/年。</p><p>我们的团队：公司现有员工320名。</p>";
    assert_eq!(hc(plan), h(Some(320), Some(320)));
    assert_eq!(value(&facts("https://acme.test/pricing", None, plan).employees), None);
    // Consultants the company sends are no count of its own staff.
    assert_eq!(hc("<p>We placed 40 consultants with the client for the rollout.</p>"), None);
    assert_eq!(hc("<p>团队规模500人</p>"), h(Some(500), Some(500)));
    // The company's whole team, not a department's.
    assert_eq!(hc("<p>公司目前团队约320人，其中研发人员占比超过六成。</p>"), h(Some(320), Some(320)));
    assert_eq!(hc("<p>公司目前團隊約65人。</p>"), h(Some(65), Some(65)));
    assert_eq!(hc("<p>公司研发团队人数约80人。</p>"), None);
    // A label over its value, and a range after the label.
    assert_eq!(hc("<dl><dt>公司规模</dt><dd>1000-9999人</dd></dl>"), h(Some(1000), Some(9999)));
    assert_eq!(hc("<div><div>公司规模</div><div>1000-9999人</div></div>"), h(Some(1000), Some(9999)));
    // In a stat strip an English label sits under its figure, not over the next.
    assert_eq!(
        hc("<ul><li><b>650</b></li><li>employees</li><li><b>140+</b></li><li>CNC machines</li></ul>"),
        h(Some(650), Some(650))
    );
    assert_eq!(hc("<p>The hospital has a staff of 1,200.</p>"), h(Some(1200), Some(1200)));
    assert_eq!(hc("<p>Acme has a global workforce of 3,400.</p>"), h(Some(3400), Some(3400)));
    assert_eq!(hc("<p>A staff of 12 volunteers runs the shop.</p>"), None);
    // Users and licences are not staff.
    assert_eq!(hc("<p>Training for about 1,600 staff users and a train-the-trainer programme.</p>"), None);
    assert_eq!(hc("<p>Licences for 2,000 employee seats.</p>"), None);
}

#[test]
fn a_find_a_tender_notice_names_its_buyer_under_contracting_authority() {
    let f = facts(
        "https://www.find-tender.service.gov.uk/Notice/041877-2026",
        None,
        "<title>Fleet, Equipment and Asset Management System - Find a Tender</title>\
         <main><h1>Fleet, Equipment and Asset Management System</h1><p>Notice type UK4: Tender notice</p>\
         <h2>Description</h2><p>The Authority is seeking a single supplier to provide a fleet and asset management \
         system. Invitation to tender.</p>\
         <dl><dt>Tender submission deadline</dt><dd>19 January 2027, 12:00pm</dd></dl>\
         <h2>Contracting authority</h2><p>Severn Marches Fire and Rescue Authority</p>\
         <p>Public Procurement Organisation Number: PWRL-4826-QZTN</p></main>\
         <footer>© Crown copyright</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("Severn Marches Fire and Rescue Authority"));
}

#[test]
fn a_contracts_finder_notice_names_its_buyer_about_the_buyer_and_it_is_government() {
    let notice = |cpv: &str, org: &str| {
        facts(
            "https://www.contractsfinder.service.gov.uk/notice/7c1e4b0a-93d2-4f61-b8a5",
            None,
            &format!(
                "<title>Casework Management System Replacement - Preliminary market engagement - Contracts \
                 Finder</title><meta property=og:site_name content='Contracts Finder'>\
                 <main><h1>Casework Management System Replacement - Preliminary market engagement</h1>\
                 <h2>Summary of the work</h2><p>A planned procurement to replace its core case management \
                 system with a cloud-hosted software-as-a-service solution. The software platform will host \
                 case data.</p><dl>{cpv}<dt>Value of contract</dt><dd>£18,000,000 to £26,000,000</dd></dl>\
                 <h2>About the buyer</h2><dl><dt>Organisation</dt><dd>{org}</dd>\
                 <dt>Contact name</dt><dd>Helen Marsh-Aldous</dd><dt>Address</dt><dd>22 Tothill Street \
                 London SW1H 9NB</dd></dl></main><footer>© Crown copyright</footer>"
            ),
        )
    };
    for cpv in ["", "<dt>Industry</dt><dd>Software package and information systems - 48000000</dd>"] {
        let f = notice(cpv, "Department for Community Justice");
        assert_eq!(value(&f.name).as_deref(), Some("Department for Community Justice"), "{cpv}");
        // The notice's category field describes what it buys, and its text
        // is about software: the buyer is still a government department.
        assert_eq!(value(&f.industry).as_deref(), Some("government"), "{cpv}");
        let models: Vec<&str> = f.business_model.iter().map(|m| m.value.as_str()).collect();
        assert_eq!(models, ["public_sector"], "{cpv}");
    }
    // The section names a buyer whose name has no public head too.
    let f = notice("", "Harrowgate Housing Partnership");
    assert_eq!(value(&f.name).as_deref(), Some("Harrowgate Housing Partnership"));
}

#[test]
fn a_portal_listing_names_its_buyer_after_issued_by() {
    let f = facts(
        "https://www.bidlantern.test/opportunities/rfq-2027-006",
        None,
        "<title>RFQ-2027-006 Cloud Contact Center Platform | BidLantern</title>\
         <meta property=og:site_name content=BidLantern>\
         <main><h1>RFQ-2027-006 Cloud Contact Center Platform</h1>\
         <p>Issued by <a href='/agencies/kvh'>Kestrel Valley Health</a> &middot; Harrisburg, PA</p>\
         <p>Quotes are due December 18, 2026.</p></main>\
         <footer>© 2026 BidLantern, Inc. All rights reserved.</footer>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("Kestrel Valley Health"));
}

#[test]
fn a_department_founded_recently_is_not_the_company() {
    let f = facts(
        "https://www.yanmu.test/about",
        None,
        "<title>关于我们 - 河北燕牧乳业股份有限公司</title><main>\
         <p>数字化中心成立于2025年，向公司总裁直接汇报。</p>\
         <p>燕牧乳业成立于1998年，总部位于石家庄。</p></main>",
    );
    assert_eq!(value(&f.founded), Some(1998));
    let f = facts(
        "https://www.acme.test/about",
        None,
        "<title>About | Acme Robotics</title><main><p>Our Austin lab was founded in 2019.</p>\
         <p>Acme Robotics was founded in 2008 in Pittsburgh.</p></main>",
    );
    assert_eq!(value(&f.founded), Some(2008));
}

#[test]
fn a_sidebar_box_about_the_prospect_speaks_for_it() {
    let page = |aside_heading: &str| {
        format!(
            "<html lang=zh-CN><head><title>华屹电气启动信创ERP项目 - 常州华屹电气股份有限公司</title></head><body>\
             <main><article><h1>华屹电气启动信创ERP项目</h1><p>公司近日召开项目启动会。</p></article></main>\
             <aside><h3>{aside_heading}</h3><p>常州华屹电气股份有限公司创立于1998年，总部位于江苏常州。\
             公司现有员工3200余人，在常州、合肥、成都设有三大生产基地。</p></aside>\
             <footer><p>版权所有 © 2026 常州华屹电气股份有限公司</p></footer></body></html>"
        )
    };
    for heading in [
        "关于华屹",
        "公司简介",
        "华屹电气简介",
        "關於本公司",
        "关于公司",
        "About the Company",
        "關於本公司 About the Company",
    ] {
        let f = facts("https://www.hyelec.com.cn/news/company/2026/1105/1287.html", None, &page(heading));
        assert_eq!(value(&f.employees), Some(Headcount { min: Some(3200), max: None }), "{heading}");
        assert_eq!(value(&f.founded), Some(1998), "{heading}");
    }
    for w in &rules().t.about_self_words {
        let heading = format!("关于{w}");
        let f = facts("https://www.hyelec.com.cn/news/company/2026/1105/1287.html", None, &page(&heading));
        assert_eq!(value(&f.founded), Some(1998), "{heading}");
    }
    // A sidebar of other stories is not the prospect's, nor a box about a
    // subject ("About the supplier programme").
    for heading in ["相关新闻", "About the supplier programme", "關於招標程序 About the tender process"] {
        let f = facts("https://www.hyelec.com.cn/news/company/2026/1105/1287.html", None, &page(heading));
        assert_eq!(value(&f.employees), None, "{heading}");
        assert_eq!(value(&f.founded), None, "{heading}");
    }
    // On a job board, the employer's card is headed with its name.
    let f = facts(
        "https://jobs.example.test/job/2215.html",
        None,
        "<html lang=zh-CN><head><title>数据治理工程师 - 燕牧乳业</title>\
         <script type='application/ld+json'>{\"@type\":\"JobPosting\",\"title\":\"数据治理工程师\",\
         \"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"河北燕牧乳业股份有限公司\"}}</script></head><body>\
         <main><h1>数据治理工程师</h1><p>负责集团主数据治理。</p></main>\
         <aside><h3>河北燕牧乳业股份有限公司</h3><ul><li>规模：员工8000余人</li><li>成立：1998年</li></ul>\
         <h4>其他热招职位</h4><ul><li>BI开发工程师，员工500人的团队</li></ul></aside></body></html>",
    );
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(8000), max: None }));
}

#[test]
fn an_at_a_glance_box_and_the_json_ld_ticker() {
    let page = |heading: &str| {
        format!(
            "<html lang=en><head><title>Board and leadership | Wirrabara Building Products</title>\
             <script type='application/ld+json'>{{\"@type\":\"Organization\",\
             \"name\":\"Wirrabara Building Products Limited\",\"tickerSymbol\":\"ASX:WBP\"}}</script></head><body>\
             <main><h1>Board of Directors</h1><p>Kate Moorhouse, Independent Non-Executive Chair.</p></main>\
             <aside><section><h2>{heading}</h2><dl><dt>Revenue</dt><dd>$742.6m</dd><dt>People</dt><dd>1,450+</dd>\
             <dt>Established</dt><dd>1954, Wirrabara SA</dd></dl></section></aside>\
             <footer>© 2026 Wirrabara Building Products Limited</footer></body></html>"
        )
    };
    let f = facts("https://www.wirrabara.test/investors/board", None, &page("Wirrabara at a glance"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(1450), max: None }));
    assert_eq!(value(&f.founded), Some(1954));
    let listed = value(&f.listed).expect("listed");
    assert_eq!((listed.exchange.as_deref(), listed.ticker.as_deref()), (Some("ASX"), Some("WBP")));
    // A box of another company's figures is not the prospect's.
    let f = facts("https://www.wirrabara.test/investors/board", None, &page("Coorong Cement at a glance"));
    assert_eq!(value(&f.employees), None);
    assert_eq!(value(&f.founded), None);
}

#[test]
fn a_job_board_s_company_page_is_about_the_employer() {
    let html = "<html lang=zh-Hant><head><title>順騰國際物流股份有限公司 公司介紹－2026年12月最新工作機會｜104人力銀行</title>\
         </head><body><nav><a href='/'>找工作</a><a href='/company'>找公司</a></nav><main>\
         <h1>順騰國際物流股份有限公司</h1><p>倉儲業 ｜ 4,821 人追蹤</p>\
         <table><tr><th>員工人數</th><td>1,250人</td></tr></table>\
         <p>順騰國際物流成立於1996年，總部位於桃園蘆竹。</p></main>\
         <footer>一零四資訊科技股份有限公司 版權所有 © 2026</footer></body></html>";
    let f = facts("https://www.104.com.tw/company/1a2x6bmj6w", Some("shunteng-logistics.com.tw"), html);
    assert_eq!(value(&f.name).as_deref(), Some("順騰國際物流股份有限公司"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(1250), max: Some(1250) }));
    assert_eq!(value(&f.founded), Some(1996));
    // Its address field gives the employer's city, as on the employer's own site.
    let html = "<html lang=zh-Hant><head><title>嘉瑞冷凍食品股份有限公司 公司介紹－104人力銀行</title></head><body>\
         <main><h1>嘉瑞冷凍食品股份有限公司</h1><dl><dt>公司地址</dt><dd>台南市安南區工業五路38號</dd></dl></main>\
         <footer>一零四資訊科技股份有限公司 版權所有 © 2026</footer></body></html>";
    let f = facts("https://www.104.com.tw/company/1a2x6bk3mz", Some("chiarui-foods.com.tw"), html);
    assert_eq!(value(&f.hq).as_deref(), Some("台南"));
}

#[test]
fn a_job_postings_employer_card_and_registration_box() {
    // The card opens with the employer's name in no heading; the
    // registration box (工商信息) names it after a label; a similar job of
    // another company in the same sidebar is not it.
    let html = "<html lang=zh-CN><head><title>数字化项目经理招聘_深圳市极澜智能科技有限公司招聘信息-猎聘</title>\
         <script type='application/ld+json'>{\"@type\":\"JobPosting\",\"title\":\"数字化项目经理\",\
         \"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"深圳市极澜智能科技有限公司\"}}</script>\
         </head><body><main><h1>数字化项目经理（ERP/SAP方向）</h1><h3>职位介绍</h3>\
         <p>负责公司ERP系统由金蝶迁移至SAP S/4HANA的项目管理。</p></main>\
         <aside><div class='company-card'><div class='cname'>深圳市极澜智能科技有限公司</div><ul>\
         <li><span>企业行业：</span>智能硬件</li><li><span>人数规模：</span>1000-9999人</li></ul></div>\
         <div class='gs-info'><h4>工商信息</h4><ul><li><span>企业名称</span>深圳市极澜智能科技有限公司</li>\
         <li><span>成立日期</span>2015-06-18</li></ul></div>\
         <h4>相似职位</h4><ul><li>东莞拓川电子股份有限公司 · 5000-9999人 · 成立于2008年</li></ul></aside>\
         </body></html>";
    let f = facts("https://www.liepin.com/job/1978346201.shtml", None, html);
    assert_eq!(value(&f.name).as_deref(), Some("深圳市极澜智能科技有限公司"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(1000), max: Some(9999) }));
    assert_eq!(value(&f.founded), Some(2015));
    // Without the employer's name on them, neither box is the prospect's.
    let anon = html
        .replace("<div class='cname'>深圳市极澜智能科技有限公司</div>", "")
        .replace("<li><span>企业名称</span>深圳市极澜智能科技有限公司</li>", "");
    let f = facts("https://www.liepin.com/job/1978346201.shtml", None, &anon);
    assert_eq!(value(&f.employees), None);
    assert_eq!(value(&f.founded), None);
}

#[test]
fn a_job_boards_title_names_the_employer_after_the_job() {
    // No JSON-LD and no heading: the job comes first in the title, bracketed,
    // and the employer's legal name after it, with the board's "招聘信息".
    let html =
        "<html lang=zh-CN><head><title>【数字化转型负责人招聘】_苏州沃铭精密机械股份有限公司招聘信息-猎聘</title>\
         </head><body><div class='job-title'><span class='name'>数字化转型负责人</span><span>40-60k·15薪</span></div>\
         <section><h3>职位介绍</h3><p>主导SAP ECC向SAP S/4HANA升级项目。</p></section>\
         <aside><div class='company-card'><div class='cname'>苏州沃铭精密机械股份有限公司</div><ul>\
         <li><span>人数规模：</span><span>1000-9999人</span></li></ul></div></aside></body></html>";
    let f = facts("https://www.liepin.com/job/1968734521.shtml", None, html);
    assert_eq!(value(&f.name).as_deref(), Some("苏州沃铭精密机械股份有限公司"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(1000), max: Some(9999) }));
}

#[test]
fn a_company_page_on_a_platform_attached_to_the_prospect() {
    let html = "<html lang=en><head><title>Tallis Packaging | LinkedIn</title>\
         <meta property='og:site_name' content='LinkedIn'>\
         <script type='application/ld+json'>{\"@type\":\"Organization\",\"name\":\"Tallis Packaging\",\
         \"numberOfEmployees\":{\"@type\":\"QuantitativeValue\",\"minValue\":1001,\"maxValue\":5000}}</script></head>\
         <body><main><h1>Tallis Packaging</h1><h2>About us</h2><p>Corrugated and folding-carton packaging for food \
         and consumer brands.</p><dl><dt>Founded</dt><dd>1978</dd><dt>Headquarters</dt><dd>Milwaukee, Wisconsin</dd>\
         </dl></main><footer><p>LinkedIn Corporation © 2026</p></footer></body></html>";
    let url = "https://www.linkedin.com/company/tallis-packaging/about/";
    let f = facts(url, Some("tallispack.com"), html);
    assert_eq!(value(&f.name).as_deref(), Some("Tallis Packaging"));
    assert_eq!(value(&f.domain).as_deref(), Some("tallispack.com"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(1001), max: Some(5000) }));
    assert_eq!(value(&f.founded), Some(1978));
    // Attached to another prospect, the page's organisation is not it.
    let f = facts(url, Some("harbourline.com"), html);
    assert_eq!(value(&f.name), None);
    assert_eq!(value(&f.employees), None);
    // There the JSON-LD counts the members listing the company (as does
    // "See all 612 employees"); the company's own "Company size" wins, and
    // a size written as text in the JSON-LD is a range.
    let members = "<html lang=en><head><title>Wyecross Haulage | LinkedIn</title>\
         <script type='application/ld+json'>{\"@type\":\"Organization\",\"name\":\"Wyecross Haulage\",\
         \"numberOfEmployees\":{\"@type\":\"QuantitativeValue\",\"value\":612}}</script></head>\
         <body><main><h1>Wyecross Haulage</h1><p><a href='/search'>See all 612 employees</a></p>\
         <h2>About us</h2><p>Road freight across Queensland.</p><dl><dt>Company size</dt><dd>501-1,000 employees</dd>\
         </dl></main></body></html>";
    let url = "https://www.linkedin.com/company/wyecross-haulage/about/";
    let f = facts(url, Some("wyecross.com.au"), members);
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(501), max: Some(1000) }));
    let f = facts(url, Some("wyecross.com.au"), &members.replace("<dd>501-1,000 employees</dd>", "<dd>-</dd>"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(612), max: Some(612) }));
    let text_range =
        members.replace("\"value\":612}", "\"value\":\"501-1000\"}").replace("<dd>501-1,000 employees</dd>", "");
    let f = facts(url, Some("wyecross.com.au"), &text_range);
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(501), max: Some(1000) }));
}

#[test]
fn headquarters_before_based_and_headquarters_take_the_whole_city() {
    let hq = |html: &str| value(&facts("https://www.acme.test/news/a", None, html).hq);
    assert_eq!(hq("<p>Acme will sublease two floors of its San Jose headquarters.</p>").as_deref(), Some("San Jose"));
    assert_eq!(hq("<p>Ridgeford, Wash.-based Acme Health said on Monday…</p>").as_deref(), Some("Ridgeford"));
    assert_eq!(hq("<p>Fresno, California-based Acme raised $12 million.</p>").as_deref(), Some("Fresno"));
    assert_eq!(hq("<p>Our Denver headquarters is open.</p>").as_deref(), Some("Denver"));
    // A news lede in capitals.
    assert_eq!(
        hq("<p>SINGAPORE-BASED digital freight forwarder Tidewell Logistics has raised S$48 million.</p>").as_deref(),
        Some("Singapore")
    );
    assert_eq!(hq("<p>NEW YORK-BASED Ridgeway Health said on Monday…</p>").as_deref(), Some("New York"));
    // Capitals run into from a caption are not a lede.
    assert_eq!(hq("<p>PHOTO: TIDEWELL LOGISTICS SINGAPORE-BASED digital freight forwarder Tidewell</p>"), None);
    assert_eq!(
        hq("<p>Our target is to go live at our Wolverhampton head office and the Bilston plant in April 2028.</p>")
            .as_deref(),
        Some("Wolverhampton")
    );
    // A site's own footer gives the town of its UK address, before the postcode.
    let footer = |line: &str| {
        value(
            &facts(
                "https://www.aldersley.test/blog/roadmap",
                None,
                &format!("<main><p>News</p></main><footer><p>{line}</p></footer>"),
            )
            .hq,
        )
    };
    for (line, town) in [
        (
            "© 2026 Aldersley Engineering Group Ltd. Registered office: Stafford Road, Wolverhampton WV10 6HW.",
            Some("Wolverhampton"),
        ),
        ("1 Canada Square, London E14 5AB | +44 20 7946 0000", Some("London")),
        // Address lines run together: the city after the suite.
        ("Hatchwell Software Inc. 111 Peter Street, Suite 700 Toronto, ON M5V 2H1 Canada", Some("Toronto")),
        ("Larchway Inc. 400 Main Street, Suite 210 Boise, ID 83702", Some("Boise")),
        ("Harrowden General Hospital, Kettering Road Wellingborough NN8 4RW United Kingdom", Some("Wellingborough")),
        ("Unit 4, Trafford Park, Greater Manchester M17 1AE", Some("Greater Manchester")),
        ("Tel 0161 496 0000 · VAT No. GB 192 4471 08", None),
        ("Follow us on X: @Aldersley WV10", None),
    ] {
        assert_eq!(footer(line).as_deref(), town, "{line}");
    }
    for street in &super::rules().t.street_words {
        let line = format!("Harrowden General Hospital, Kettering {street} Wellingborough NN8 4RW");
        assert_eq!(footer(&line).as_deref(), Some("Wellingborough"), "{street}");
    }
    // A site's own company box gives its address under a label.
    let own = |html: &str| value(&facts("https://www.junshuo.test/careers", None, html).hq);
    assert_eq!(own("<dl><dt>公司地址</dt><dd>11491 台北市內湖區瑞光路516號8樓</dd></dl>").as_deref(), Some("台北"));
    assert_eq!(own("<div><h4>公司地址</h4><p>台北市內湖區瑞光路516號8樓</p></div>").as_deref(), Some("台北"));
    assert_eq!(own("<p>上海分公司地址：上海市徐汇区</p>"), None);
    // A listed company's contacts table.
    assert_eq!(
        own("<table><tr><td></td><td>董事会秘书</td></tr><tr><td>办公地址</td>\
             <td>江西省吉安市井冈山经济技术开发区深圳大道168号</td></tr></table>")
        .as_deref(),
        Some("吉安")
    );
    for label in &super::rules().t.address_labels {
        let html = format!("<dl><dt>{label}</dt><dd>11491 台北市內湖區瑞光路516號8樓</dd></dl>");
        assert_eq!(own(&html).as_deref(), Some("台北"), "{label}");
    }
    // A company's head office (總公司) is its headquarters.
    assert_eq!(hq("<p>昱翔物流成立於1998年，總公司位於桃園市大園區，緊鄰桃園國際機場。</p>").as_deref(), Some("桃園"));
    // An organisation's initials before it are no place.
    assert_eq!(hq("<p>Collect them at the Reception Counter, G/F, CSDA Headquarters, Kowloon Bay.</p>"), None);
    // Nor is a company's name above its headquarters' address.
    for suffix in ["Limited", "Holdings", "Group", "Inc.", "Corporation"] {
        let html = format!(
            "<p><strong>Orchid Quay {suffix}</strong><br>Headquarters &amp; Tuas Plant<br>11 Tuas Avenue 7</p>"
        );
        assert_eq!(hq(&html), None, "{suffix}");
    }
    assert_eq!(hq("<p>Acme, based in Albany, NY, makes valves.</p>").as_deref(), Some("Albany"));
    assert_eq!(
        hq("<p>Pune-based packaging film maker Sahyadri Polyfilms Limited will invest ₹1,250 crore.</p>").as_deref(),
        Some("Pune")
    );
    assert_eq!(hq("<p>Acme offers Skills-based routing for the company's contact centre.</p>"), None);
    // A facility after 本社 is no place; the address under it is.
    let ja = "<html lang=ja><p>長野第二工場の生産を本社工場（長野県岡谷市）へ移管・集約します。</p>";
    assert_eq!(hq(ja), None);
    assert_eq!(hq("<html lang=ja><p>本社 長野県岡谷市</p>").as_deref(), Some("岡谷"));
    // A place run into 本社 names it; the company's own word does not.
    let row = "<html lang=ja><table><tr><th>勤務地</th><th>雇用形態</th></tr><tr><td>仙台本社</td><td>正社員</td></tr></table>";
    assert_eq!(hq(row).as_deref(), Some("仙台"));
    assert_eq!(hq("<html lang=ja><p>当社本社 | 正社員</p>"), None);
    // A label over its address.
    assert_eq!(
        hq("<html lang=ja><dl><div>本社所在地</div><div>〒980-0021 宮城県仙台市青葉区中央三丁目7番12号</div></dl>")
            .as_deref(),
        Some("仙台")
    );
}

#[test]
fn without_an_industry_the_pages_own_cues_say_whom_it_sells_to() {
    let f = facts(
        "https://www.quorra.test/investors",
        None,
        "<title>Quorra Group | Investors</title><meta property=og:site_name content='Quorra Group'>\
         <p>Quorra Group serves enterprise customers across North America.</p>\
         <footer>© 2026 Quorra Group, Inc.</footer>",
    );
    assert_eq!(value(&f.industry), None);
    let models: Vec<String> = f.business_model.iter().map(|m| m.value.clone()).collect();
    assert_eq!(models, vec!["b2b"]);
}

#[test]
fn a_head_office_at_a_named_site_and_an_aim_listing() {
    let f = facts(
        "https://www.hollinsby.test/about-us/",
        None,
        "<title>About us | Hollinsby Engineering Group plc</title>\
         <main><p>Hollinsby Engineering Group plc is a precision engineering group headquartered at Bessemer Works \
         in Sheffield. Our shares are quoted on AIM, the London Stock Exchange's market for growing companies \
         (AIM: HLBY).</p></main>\
         <footer>© 2026 Hollinsby Engineering Group plc</footer>",
    );
    assert_eq!(value(&f.hq).as_deref(), Some("Sheffield"));
    let listed = value(&f.listed).expect("listed");
    assert_eq!((listed.exchange.as_deref(), listed.ticker.as_deref()), (Some("AIM"), Some("HLBY")));
    // A site named without its town is no place.
    let f = facts(
        "https://www.hollinsby.test/about-us/",
        None,
        "<title>About us | Hollinsby</title><main><p>We are based at the Riverside Innovation Centre, which opened \
         in 2019.</p></main>",
    );
    assert_eq!(value(&f.hq), None);
}

#[test]
fn a_trade_word_before_the_headline_s_name() {
    let f = facts(
        "https://www.werkstatt-digital.test/erp/grossbaeckerei-haferkamp-loest-eigenentwicklung-ab-a-41872/",
        None,
        "<html lang=de><title>Großbäckerei Haferkamp löst Eigenentwicklung durch SAP S/4HANA ab</title>\
         <script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-11-26\"}</script>\
         <main><article><h1>Großbäckerei Haferkamp löst Eigenentwicklung durch SAP S/4HANA ab</h1>\
         <p>Die Haferkamp Backwaren GmbH & Co. KG aus Osnabrück stellt ihre Unternehmens-IT auf neue Füße.</p>\
         <p>Haferkamp will das neue System zum 1. Januar 2028 produktiv setzen.</p></article></main>\
         <footer>© 2026 Werkstatt Digital Medien GmbH</footer></html>",
    );
    let name = value(&f.name).expect("name");
    assert!(name.starts_with("Haferkamp"), "{name}");
}

#[test]
fn an_exchange_announcement_reproduced_on_a_news_site_is_the_issuer_s() {
    let f = facts(
        "https://www.senswire.test/sens/SHR/2026/10/28/interim-results",
        None,
        "<html lang=en-ZA><head><title>SHR - Sable Hill Retail Group Limited - Interim results | SENSwire</title>\
         <meta property=og:site_name content=SENSwire><meta property=og:type content=article></head><body>\
         <main><article><h1>Sable Hill Retail Group Limited – Unaudited condensed consolidated interim results \
         for the 26 weeks ended 30 August 2026</h1><p>Source: JSE SENS · Released by Sable Hill Retail Group Limited</p>\
         <pre>\nSABLE HILL RETAIL GROUP LIMITED\nJSE share code: SHR\n\nTurnover increased by 3.1% to R14.8 billion.\n</pre>\
         </article><aside><h2>Company profile</h2><dl><dt>Name</dt><dd>Sable Hill Retail Group Limited</dd>\
         <dt>Founded</dt><dd>1952, Cape Town</dd><dt>Employees</dt><dd>approximately 24 000</dd></dl>\
         <h2>Latest SENS</h2><ul><li>Karoo Platinum Limited – 1,100 jobs affected, founded 1987</li></ul></aside></main>\
         <footer>© 2026 SENSwire Media (Pty) Ltd.</footer></body></html>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("Sable Hill Retail Group Limited"));
    assert_eq!(value(&f.listed), Some(Listing { exchange: Some("JSE".into()), ticker: Some("SHR".into()) }));
    // The sidebar's profile box is the issuer's: its first row names it.
    assert_eq!(value(&f.founded), Some(1952));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(24000), max: Some(24000) }));
}

#[test]
fn a_registry_record_is_the_recorded_company_s() {
    let f = facts(
        "https://www.qichatong.test/firm/4b7e2c9d.html",
        Some("xintuo-elec.test"),
        "<html lang=zh-CN><head><title>东莞市鑫拓电子科技有限公司 - 工商信息_法定代表人_注册资本 - 企查通</title>\
         <script type=application/ld+json>{\"@type\":\"Organization\",\"name\":\"东莞市鑫拓电子科技有限公司\"}</script></head>\
         <body><header>企查通 查企业·查老板·查风险</header><main><h1>东莞市鑫拓电子科技有限公司</h1><table>\
         <tr><td>统一社会信用代码</td><td>91441900597412836X</td><td>企业名称</td><td>东莞市鑫拓电子科技有限公司</td></tr>\
         <tr><td>法定代表人</td><td>黄振宇</td><td>成立日期</td><td>2012-06-15</td></tr>\
         <tr><td>参保人数</td><td>236 （2025年报）</td><td>所属地区</td><td>广东省东莞市</td></tr></table></main>\
         <footer>© 2026 企查通 qichatong.test</footer></body></html>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("东莞市鑫拓电子科技有限公司"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(236), max: Some(236) }));
}

#[test]
fn a_taiwan_filing_is_its_issuer_s_not_its_vendor_s() {
    let f = facts(
        "https://mops.twse.test/mops/web/t05st01",
        None,
        "<html lang=zh-Hant><head><title>公開資訊觀測站 - 重大訊息主旨全部內容</title></head><body><main>\
         <table><tr><td>鈞茂電路股份有限公司　公司代號：6725</td></tr>\
         <tr><td>主旨</td><td>本公司董事會決議取得資訊系統（企業資源規劃ERP系統軟硬體及導入服務）</td></tr>\
         <tr><td>說明</td><td>1.標的物之名稱及性質：企業資源規劃（ERP）系統。2.交易相對人：巨鼎資訊股份有限公司\
         （系統導入服務）。3.資訊系統預計於116年9月上線，資訊系統導入費用依合約支付。</td></tr></table>\
         <h3>鈞茂電路股份有限公司 民國115年度 重大訊息一覽</h3></main>\
         <footer>臺灣證券交易所股份有限公司　版權所有</footer></body></html>",
    );
    // "資訊" in the headline is the trade word of the vendor's name, not a
    // short name of it.
    assert_eq!(value(&f.name).as_deref(), Some("鈞茂電路股份有限公司"));
    assert_eq!(value(&f.listed).and_then(|l| l.ticker).as_deref(), Some("6725"));
    // A company profile's table row: the label's cell, then the code's.
    let f = facts(
        "https://www.hongsong.test/about",
        None,
        "<html lang=zh-TW><title>關於我們 - 宏崧精密</title><main><table><tr><th>員工人數</th><td>約1,850人</td></tr>\
         <tr><th>股票代號</th><td>6718（上櫃）</td></tr></table></main>",
    );
    assert_eq!(value(&f.listed).and_then(|l| l.ticker).as_deref(), Some("6718"));
}

#[test]
fn a_notice_signed_off_by_its_issuer_is_that_issuer_s() {
    let f = facts(
        "https://www.ccgp-binjiang.test/cgyx/2026/11/30/intent.html",
        None,
        "<html lang=zh-CN><head><title>滨江市第二人民医院2027年1月至6月政府采购意向</title></head><body><main>\
         <h2>滨江市第二人民医院2027年1月至6月政府采购意向</h2>\
         <p>为便于供应商及时了解政府采购信息，现将2027年1月至6月采购意向公开如下：</p>\
         <table><tr><td>序号</td><td>采购项目名称</td><td>预算金额（万元）</td><td>预计采购时间</td></tr>\
         <tr><td>1</td><td>医院信息系统（HIS）升级改造项目</td><td>680.00</td><td>2027年3月</td></tr></table>\
         <p>供应商如对上述采购意向有意见或建议，可与采购单位联系。</p>\
         <p>滨江市第二人民医院</p><p>2026年11月30日</p></main>\
         <footer>主办单位：滨江市财政局 版权所有：滨江市财政局</footer></body></html>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("滨江市第二人民医院"));
    assert_eq!(value(&f.industry).as_deref(), Some("healthcare"));
}

#[test]
fn an_interview_s_headline_names_its_subject_after_the_label() {
    let f = facts(
        "https://www.freightfront.test/news/oak-meadow-coo-interview",
        None,
        "<html lang=en><head><title>Q&amp;A: Oak Meadow Provisions’ COO on replacing a WMS - FreightFront</title>\
         <meta property=og:type content=article></head><body><main><article>\
         <h1>Q&amp;A: Oak Meadow Provisions’ COO on replacing a 20-year-old WMS</h1>\
         <p>Oak Meadow Provisions runs three distribution centers. Oak Meadow Provisions plans to replace its WMS.</p>\
         </article></main><footer>© 2026 FreightFront Media LLC</footer></body></html>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("Oak Meadow Provisions"));
}

#[test]
fn a_domain_spells_its_owners_initials() {
    use super::names::domain_matches_name;
    assert!(domain_matches_name("hkcca.org.hk", "Hong Kong Convalescent Care Authority"));
    assert!(domain_matches_name("cvwd.org", "Cedar Valley Water District"));
    assert!(domain_matches_name("hartwellprecision.com", "Hartwell Precision Components"));
    // Initials are the whole label, of at least three words.
    assert!(!domain_matches_name("hk.gov", "Hong Kong"));
    assert!(!domain_matches_name("hkccare.org", "Hong Kong Convalescent Care Authority"));
    assert!(!domain_matches_name("ccgp.gov.cn", "Hong Kong Convalescent Care Authority"));
}

#[test]
fn a_local_news_site_s_story_is_about_the_company_its_headline_shortens() {
    let url = "https://www.linjiang-news.test/jingji/xmjs/2026-11/28/content_88231.htm";
    let story = "<html lang=zh><head><meta charset=utf-8><title>投资2.3亿元！华岳精铸智能工厂明年6月全面投产_临江新闻网</title>\
         <meta property=\"og:site_name\" content=\"临江新闻网\"></head><body>\
         <header><a href=\"/\">临江新闻网首页</a> <a href=\"/szb/\">临江日报数字报</a></header>\
         <div class=crumb>当前位置：临江新闻网 &gt; 经济 &gt; 项目建设 &gt; 正文</div>\
         <article><h1>投资2.3亿元！华岳精铸智能工厂明年6月全面投产</h1>\
         <div class=info>2026-11-28 09:12 来源：临江日报 记者 王海燕</div>\
         <p>11月26日，记者走进位于临江经济开发区的临江华岳精密铸造有限公司新厂区，两台自动造型线正有节奏地运转。</p>\
         <p>“这是我们智能工厂项目的一期。”临江华岳精密铸造有限公司总经理刘国栋告诉记者，该项目总投资2.3亿元。</p>\
         <p>华岳精铸始建于1998年，是我市老牌铸造企业，现有员工860人。</p>\
         <p>华岳精铸的探索，是我市制造业加快“智改数转”的一个缩影。</p>\
         <p>责任编辑：赵磊</p><p>声明：凡注明“来源：临江新闻网”的作品，版权均属临江日报社所有。</p></article>\
         <footer><p>临江日报社主办　临江新闻网版权所有　未经授权禁止复制或建立镜像</p></footer></body></html>";
    // The story names the foundry by its legal name twice and by the
    // headline's short name twice: the publisher's own name, in its chrome
    // and credits as often, does not make it the publisher's news.
    let f = facts(url, None, story);
    let name = value(&f.name).expect("a name");
    assert!(name.ends_with("华岳精密铸造有限公司"), "{name}");
    assert_eq!(value(&f.founded), Some(1998));
    // The heading and title may leave the company out: the og:title, what
    // a share shows, gives the short name the story then uses.
    let headline = "投资2.3亿元！华岳精铸智能工厂明年6月全面投产";
    let og = story.replacen(headline, "老牌铸造企业智能工厂明年6月全面投产", 2).replacen(
        "</head>",
        &format!("<meta property=\"og:title\" content=\"{headline}\"></head>"),
        1,
    );
    let name = value(&facts(url, None, &og).name).expect("a name");
    assert!(name.ends_with("华岳精密铸造有限公司"), "{name}");
}

#[test]
fn a_shop_platform_s_script_makes_the_site_a_shop() {
    let models = |html: &str| models("https://harbourandpine.test/", html);
    let page = |script: &str| {
        format!(
            "<html lang=en><head><title>Harbour &amp; Pine | Outdoor furniture</title>{script}</head><body>\
             <h1>Outdoor furniture built for coastal weather</h1>\
             <p>Harbour &amp; Pine is a furniture retailer: we design teak and powder-coated aluminium furniture for decks, patios and gardens and sell it from our stores and our online store.</p>\
             <footer>© 2026 Harbour &amp; Pine Ltd</footer></body></html>"
        )
    };
    let shop = page("<script src=\"https://cdn.shopify.com/s/trekkie.storefront.3c3e2b.min.js\"></script>");
    assert!(models(&shop).contains(&"ecommerce".to_owned()), "{:?}", models(&shop));
    let blog = page("<script src=\"https://www.harbourandpine.test/assets/site.js\"></script>");
    assert!(!models(&blog).contains(&"ecommerce".to_owned()), "{:?}", models(&blog));
}

#[test]
fn a_retailer_that_speaks_of_its_online_channel_sells_online() {
    let models = |html: &str| models("https://www.harbourandpine.test/investors/interim-results", html);
    let page = |en: &str, zh: &str| {
        format!(
            "<html lang=en><head><title>Interim results | Harbour &amp; Pine</title></head><body>\
             <h1>Harbour &amp; Pine interim results for the 26 weeks to 27 September 2026</h1>\
             <p>Harbour &amp; Pine is a furniture retailer with 41 stores across the UK and Ireland.</p>\
             <p>Like-for-like sales rose 4.1%. {en} grew faster than stores, helped by {en} of garden furniture.</p>\
             <p>In Hong Kong the joint venture's {zh} rose again; {zh} now carry the full range.</p>\
             <footer>© 2026 Harbour &amp; Pine plc</footer></body></html>"
        )
    };
    let ecommerce = "ecommerce".to_owned();
    assert!(!models(&page("Trading", "门店")).contains(&ecommerce), "{:?}", models(&page("Trading", "门店")));
    // Any one cue said twice tells it: each of the list, on its own.
    for cue in super::industry::ecommerce_cues() {
        let html = if cue.is_ascii() { page(cue, "门店") } else { page("Trading", cue) };
        assert!(models(&html).contains(&ecommerce), "{cue}: {:?}", models(&html));
    }
}

#[test]
fn an_energy_company_that_speaks_of_its_plants_is_a_manufacturer() {
    let models = |html: &str| models("https://www.yaochuan-energy.test/about/", html);
    let page = |w: &str| {
        format!(
            "<html lang=zh-CN><head><title>公司简介 - 耀川新能源</title></head><body>\
             <h1>关于耀川新能源</h1>\
             <p>耀川新能源科技股份有限公司成立于2011年，专注储能电池与光伏逆变器，为电网和工商业用户提供储能系统。</p>\
             <p>2026年，公司在宜宾的{w}全面启用；储能电芯{w}与逆变器{w}同步扩建。</p>\
             <footer>© 2026 耀川新能源科技股份有限公司</footer></body></html>"
        )
    };
    let manufacturing = "manufacturing".to_owned();
    // An energy company that only develops and runs power stations does not.
    let developer = page("电站运维中心");
    assert!(!models(&developer).contains(&manufacturing), "{:?}", models(&developer));
    for cue in super::industry::maker_cues() {
        let html = page(cue);
        assert!(models(&html).contains(&manufacturing), "{cue}: {:?}", models(&html));
    }
}

#[test]
fn a_co_operative_is_a_company_with_a_base_a_founding_and_a_trade() {
    let story = |noun: &str| {
        format!(
            "<html lang=en-AU><head><title>Mallee Harvest posts $18.7m loss, to cut 140 jobs | The Rural Ledger</title>\
             <meta property=\"og:site_name\" content=\"The Rural Ledger\"><meta property=\"og:type\" content=\"article\"></head>\
             <body><article><h1>Mallee Harvest posts $18.7m loss, to cut 140 jobs as dry season bites</h1>\
             <p class=byline>By Sarah McAllister, Agribusiness Reporter</p>\
             <p>Grain {noun} Mallee Harvest has swung to an $18.7 million net loss, as a second dry season squeezed the \
             volumes it handles and markets for growers.</p>\
             <p>Revenue fell 12 per cent, the Horsham-based {noun} told members on Friday, as receivals of grain dropped \
             after a poor harvest.</p>\
             <p>The {noun}, formed in 1958 by a group of 212 Wimmera wheat growers, will close its Mildura office.</p>\
             <ul class=\"article__tags\"><li><a href=\"/tag/mallee-harvest/\">Mallee Harvest</a></li>\
             <li><a href=\"/tag/grains/\">Grains</a></li></ul></article><footer>© 2026 The Rural Ledger</footer></body></html>"
        )
    };
    for noun in ["co-op", "co-operative", "cooperative"] {
        let f = facts(
            "https://www.theruralledger.test/agribusiness/mallee-harvest-posts-loss-to-cut-140-jobs/2026/11/27/",
            None,
            &story(noun),
        );
        assert_eq!(value(&f.name).as_deref(), Some("Mallee Harvest"), "{noun}");
        assert_eq!(value(&f.hq).as_deref(), Some("Horsham"), "{noun}");
        assert_eq!(value(&f.founded), Some(1958), "{noun}");
        assert_eq!(value(&f.industry).as_deref(), Some("agriculture"), "{noun}");
    }
}

#[test]
fn a_chinese_city_before_the_group_s_headquarters_is_its_base() {
    let page = |city: &str| {
        format!(
            "<html lang=zh-CN><head><title>润穗食品集团数字化转型项目启动大会隆重召开</title>\
             <meta property=\"og:site_name\" content=\"润穗食品\"></head><body>\
             <h1>润穗食品集团数字化转型项目启动大会隆重召开</h1>\
             <p>11月28日，润穗食品集团数字化转型项目启动大会在{city}集团总部隆重召开。</p>\
             <footer>© 2026 润穗食品集团有限公司</footer></body></html>"
        )
    };
    for city in &rules().t.cn_cities {
        let f = facts("https://www.runsui.test/news/2026/1128.html", None, &page(city));
        assert_eq!(value(&f.hq).as_deref(), Some(city.as_str()), "{city}");
    }
    // A region's headquarters is not the group's.
    let f = facts("https://www.runsui.test/news/2026/1128.html", None, &page("华东"));
    assert_eq!(value(&f.hq), None);
}

#[test]
fn a_trade_story_names_its_company_by_headline_verb_apposition_and_base() {
    let f = facts(
        "https://www.wrlnews.test/news/warehousing/calder-finch-commits-18m-to-new-wms",
        None,
        "<html lang=en><head><title>Calder &amp; Finch commits £18m to new WMS and automation | WRL News</title>\
         <meta property=\"og:site_name\" content=\"WRL News\"><meta property=\"og:type\" content=\"article\"></head>\
         <body><article><h1>Calder &amp; Finch commits £18m to new WMS and automation at Wakefield DC</h1>\
         <p class=byline>By Helen Marr, Deputy Editor · 3 December 2026</p>\
         <p>Leeds-based homeware and garden retailer Calder &amp; Finch is to spend £18 million replacing the \
         warehouse management system at its Wakefield distribution centre.</p>\
         <p>IT director Tom Ashworth said the choice of a SaaS platform was deliberate: the WMS is bespoke software \
         and its cloud replacement will integrate with the new ERP platform.</p>\
         <p>The retailer employs about 2,300 people, around 480 of them at Wakefield. Calder &amp; Finch opens \
         eight stores in 2027.</p></article>\
         <footer>© 2026 WRL Media Ltd. All rights reserved.</footer></body></html>",
    );
    assert_eq!(value(&f.name).as_deref(), Some("Calder & Finch"));
    assert_eq!(value(&f.industry).as_deref(), Some("retail"));
    assert_eq!(value(&f.hq).as_deref(), Some("Leeds"));
}

#[test]
fn a_regions_headquarters_is_not_the_companys() {
    // Each word that makes a headquarters a region's, before the phrase.
    let r = super::rules();
    for w in &r.t.hq_regions {
        let (intro, phrase) = if w.is_ascii() {
            ("We opened our", format!("{w} headquarters in Dublin in 2023."))
        } else {
            ("公司", format!("{w}总部位于新加坡。"))
        };
        let html = format!(
            "<title>About Halcyra</title><h1>Our story</h1><p>{intro} {phrase}</p>\
             <h2>Our offices</h2><div><h3>New York <span>HQ</span></h3><p>One Hudson Yards Plaza</p></div>\
             <div><h3>Austin</h3><p>600 Congress Ave, Suite 1450, Austin, TX 78701</p></div>"
        );
        let f = facts("https://www.halcyra.test/about", None, &html);
        assert_eq!(value(&f.hq).as_deref(), Some("New York"), "{w}");
    }
    // A headquarters with no region before it is the company's.
    let html = "<title>About Halcyra</title><p>Our headquarters in Dublin opened in 2023.</p>";
    let f = facts("https://www.halcyra.test/about", None, html);
    assert_eq!(value(&f.hq).as_deref(), Some("Dublin"));
}

#[test]
fn which_headquarters_is_no_place() {
    // A table row: the place is the cell before "Group headquarters".
    let html = "<title>About us | Rimbun Freight</title><h1>Our network</h1>\
        <table><tr><th>Market</th><th>Role</th><th>Address</th></tr>\
        <tr><td>Singapore</td><td>Group headquarters</td><td>21 Tuas South Avenue 9, Singapore 637142</td></tr>\
        <tr><td>Malaysia</td><td>Regional hub</td><td>Senai, Johor</td></tr></table>";
    let f = facts("https://www.rimbunfreight.test/about", None, html);
    assert_eq!(value(&f.hq).as_deref(), Some("Singapore"));
    // A page that opens with the words names no place, and reads safely.
    let f = facts("https://www.rimbunfreight.test/about", None, "Group headquarters");
    assert_eq!(value(&f.hq), None);
    // Every word that says which headquarters names none.
    let r = super::rules();
    for w in &r.t.hq_not_places {
        let html = format!(
            "<title>News | Eastmere Hospitals</title><h1>New patient-flow system</h1>\
             <p>The programme board met at {w} Headquarters on Monday to approve the plan.</p>"
        );
        let f = facts("https://www.eastmere.test/news/flow", None, &html);
        assert_eq!(value(&f.hq), None, "{w}");
    }
}

#[test]
fn a_job_boards_posting_is_the_hiring_companys() {
    let html = "<title>「数据平台负责人招聘」_常州迈宸传动科技股份有限公司招聘-BOSS直聘</title>\
        <h1>数据平台负责人</h1><h3>职位描述</h3><p>岗位职责：负责公司数据平台的整体规划与建设。</p>\
        <footer>Copyright © 2026 BOSS直聘 京ICP备14013441号</footer>";
    let f = facts("https://www.zhipin.com/job_detail/5f3e1a9c0b7d2e4a1nF92tm0FlRQ.html", None, html);
    assert_eq!(value(&f.name).as_deref(), Some("常州迈宸传动科技股份有限公司"));
    assert_eq!(value(&f.domain), None, "the board's domain is not the company's");
}

#[test]
fn a_chinese_headlines_bracketed_name_after_what_it_does() {
    for (head, name) in [
        ("36氪首发 | 工厂能源管理平台「栖能科技」完成数亿元B轮融资，澜湖资本领投", "栖能科技"),
        ("医疗影像AI公司『澄观医疗』获数千万元A+轮融资", "澄观医疗"),
        ("首发｜跨境物流服务商“舟渡科技”完成亿元级B轮融资", "舟渡科技"),
    ] {
        let html = format!(
            "<title>{head}-36氪</title><meta property='og:type' content='article'>\
             <script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"publisher\":{{\"@type\":\"Organization\",\"name\":\"36氪\"}}}}</script>\
             <h1>{head}</h1><p>沈心怡 · 2026年11月24日 09:12</p>\
             <p>36氪获悉，{name}近日完成新一轮融资。本轮资金将主要用于研发与市场拓展。</p>\
             <p>{name}成立于2019年，总部位于苏州。{name}创始人表示，公司将继续扩大团队。</p>\
             <aside><p>相关阅读：某某科技获得融资</p></aside><footer>© 2011~2026 北京多氪信息科技有限公司</footer>"
        );
        let f = facts("https://36kr.com/p/3087654321098753", None, &html);
        assert_eq!(value(&f.name).as_deref(), Some(name), "{head}");
    }
}

#[test]
fn a_job_sites_company_job_list_is_that_companys() {
    let html = "<title>「杭州云梭供应链招聘」云梭供应链招聘信息 - BOSS直聘</title>\
        <h1 class='name'>云梭供应链</h1><p>在招职位 12 个</p><ul><li>供应链计划经理 15-25K</li><li>数据分析师 12-20K</li></ul>\
        <footer>Copyright © 2026 BOSS直聘 京ICP备14013441号</footer>";
    let f = facts("https://www.zhipin.com/gongsi/job/7c1e5b2f9a04d38e1nR-3Nu7EQ~~.html", None, html);
    assert_eq!(value(&f.name).as_deref(), Some("云梭供应链"));
    // "New York headquarters" is in New York.
    let html = "<title>Vantory | About</title><h1>About Vantory</h1>\
        <p>Vantory employs 140 people at its New York headquarters and in London.</p>";
    let f = facts("https://www.vantory.test/about", None, html);
    assert_eq!(value(&f.hq).as_deref(), Some("New York"));
}

#[test]
fn a_job_boards_employer_card_gives_its_size_bucket() {
    let page = |card: &str| {
        format!(
            "<title>「数据平台负责人招聘」_常州迈宸传动科技股份有限公司招聘-BOSS直聘</title>\
             <h1>数据平台负责人</h1><h3>职位描述</h3>\
             <p>岗位职责：组建并带领5-8人的数据团队，制定团队规划。</p><p>招1人</p>\
             <aside><h3>公司基本信息</h3><p>常州迈宸传动科技股份有限公司</p>{card}</aside>\
             <footer>Copyright © 2026 BOSS直聘 京ICP备14013441号</footer>"
        )
    };
    let board = "https://www.zhipin.com/job_detail/5f3e1a9c0b7d2e4a1nF92tm0FlRQ.html";
    for (card, min, max) in [
        ("<p>不需要融资</p><p>1000-9999人</p><p>机械设备</p>", 1000, Some(9999)),
        ("<p><span>B轮</span><em>·</em><span>500-999人</span><em>·</em><a>物流/仓储</a></p>", 500, Some(999)),
        ("<p>已上市</p><p>10000人以上</p>", 10000, None),
    ] {
        let f = facts(board, None, &page(card));
        assert_eq!(value(&f.employees), Some(Headcount { min: Some(min), max }), "{card}");
    }
    // Without the card, a team's size in a sentence and an opening's count
    // are no headcount.
    let f = facts(board, None, &page("<p>机械设备</p>"));
    assert_eq!(value(&f.employees), None);
    // The same line on the company's own site is not read as a board's card.
    let f = facts("https://www.maichen.test/jobs/data.html", None, &page("<p>1000-9999人</p>"));
    assert_eq!(value(&f.employees), None);
}

/// A listed company's announcement about a contract, with the other party's
/// registry details in a section of their own.
fn contract_announcement(site_footer: &str) -> String {
    format!(
        "<title>关于签订日常经营重大合同的公告-临时公告-投资者关系-佰川电气股份有限公司</title>\
         <meta property='og:type' content='article'>\
         <h1>关于签订日常经营重大合同的公告</h1><p>发布时间：2026-11-23 公告编号：2026-087</p>\
         <p>证券代码：301563 证券简称：佰川电气 公告编号：2026-087</p>\
         <p>佰川电气股份有限公司</p><p>关于签订日常经营重大合同的公告</p>\
         <p>本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。</p>\
         <p><strong>一、合同签署概况</strong></p>\
         <p>2026年11月20日，公司与云桂能源集团有限公司（以下简称“云桂能源”）正式签订了《云桂能源2026年配电自动化终端框架采购合同》，\
         合同金额为人民币38,612.47万元。云桂能源为公司长期客户，云桂能源下属各地市公司将按供货计划分批采购。</p>\
         <p><strong>二、交易对手方介绍</strong></p><p>（一）基本情况</p>\
         <table><tr><td>公司名称</td><td>云桂能源集团有限公司</td></tr>\
         <tr><td>统一社会信用代码</td><td>91450000712845XXXX</td></tr></table>\
         <p>云桂能源与公司不存在关联关系。最近三个会计年度云桂能源与公司发生的交易金额如下。</p>\
         <footer>{site_footer}</footer>"
    )
}

#[test]
fn a_filings_issuer_header_names_the_company_not_its_counterparty() {
    // On its own site, under an English copyright line: the issuer's own news.
    let html = contract_announcement("<p>Copyright © 2026 Baichuan Electric Co., Ltd. All Rights Reserved.</p>");
    let f = facts("https://www.baichuan-electric.com/investor/notice/2026/1123-087.html", None, &html);
    assert_eq!(value(&f.name).as_deref(), Some("Baichuan Electric Co., Ltd."));
    assert_eq!(value(&f.domain).as_deref(), Some("baichuan-electric.com"));
    // Reposted on a disclosure portal: the issuer, by its legal name.
    let html = contract_announcement("<p>© 2026 巨潮资讯网 版权所有</p>")
        .replace("-佰川电气股份有限公司</title>", "-巨潮资讯网</title>");
    for label in &super::rules().t.issuer_short_labels {
        let html = html.replace("证券简称：", &format!("{label}："));
        let f = facts("http://www.cninfo.com.cn/new/disclosure/detail?annId=1224871234", None, &html);
        assert_eq!(value(&f.name).as_deref(), Some("佰川电气股份有限公司"), "{label}");
        assert_eq!(value(&f.domain), None);
    }
}

#[test]
fn a_field_under_a_counterparty_heading_names_no_subject() {
    let r = super::rules();
    for w in &r.t.counterparty_headings {
        let html = format!(
            "<title>佰川电气签订3.86亿元配电设备合同_财经频道_某某网</title><meta property='og:type' content='article'>\
             <h1>佰川电气签订3.86亿元配电设备合同</h1>\
             <p>佰川电气股份有限公司11月23日晚间公告，公司与云桂能源集团有限公司签订框架采购合同，金额3.86亿元。</p>\
             <p>佰川电气股份有限公司表示，合同履行将对公司经营业绩产生积极影响。</p>\
             <p>二、{w}介绍</p><table><tr><td>公司名称</td><td>云桂能源集团有限公司</td></tr></table>\
             <footer><p>© 2026 某某网</p></footer>"
        );
        let f = facts("https://finance.example-news.test/a/1.html", None, &html);
        assert_eq!(value(&f.name).as_deref(), Some("佰川电气股份有限公司"), "{w}");
    }
}

#[test]
fn a_short_name_abbreviates_its_legal_name() {
    assert!(names::abbreviates("恒泰精机", "浙江恒泰精密机械股份有限公司"));
    assert!(names::abbreviates("佰川电气", "佰川电气股份有限公司"));
    assert!(!names::abbreviates("恒泰精机", "浙江泰恒精密机械股份有限公司"));
    assert!(!names::abbreviates("恒泰重工", "浙江恒泰精密机械股份有限公司"));
    assert!(!names::abbreviates("AB", "AB Holdings"));
}

#[test]
fn a_registry_record_is_the_company_its_heading_names() {
    let page = |site: &str| {
        format!(
            "<title>合肥芯澈半导体科技有限公司 - 天眼查</title><header><a href='/'>天眼查</a></header>\
             <main><h1>合肥芯澈半导体科技有限公司</h1><p>存续</p><p>高新技术企业</p>\
             <p>电话：0551-63827516</p><p><span>{site}</span></p>\
             <h3>工商信息</h3><table><tr><td>法定代表人</td><td>罗振川</td></tr>\
             <tr><td>成立日期</td><td>2017-04-12</td></tr><tr><td>统一社会信用代码</td><td>91340100MA2NK7QX4B</td></tr>\
             <tr><td>注册资本</td><td>5000万人民币</td></tr></table></main>\
             <footer><p>©2026 北京金堤科技有限公司</p></footer>"
        )
    };
    let url = "https://www.tianyancha.com/company/5127364810";
    let r = super::rules();
    for label in &r.t.website_labels {
        let html =
            page(&format!("{label}：<a href='http://www.xinche-semi.com' target='_blank'>www.xinche-semi.com</a>"));
        let f = facts(url, None, &html);
        assert_eq!(value(&f.name).as_deref(), Some("合肥芯澈半导体科技有限公司"), "{label}");
        assert_eq!(value(&f.domain).as_deref(), Some("xinche-semi.com"), "{label}");
    }
    // An unlabelled link to another site is not the company's.
    let html = page("<a href='http://www.xinche-semi.com'>www.xinche-semi.com</a>");
    let f = facts(url, None, &html);
    assert_eq!(value(&f.domain), None);
    // Without a heading, the title's first part names it.
    let html = page("").replace("<h1>合肥芯澈半导体科技有限公司</h1>", "<p>芯澈</p>");
    let f = facts(url, None, &html);
    assert_eq!(value(&f.name).as_deref(), Some("合肥芯澈半导体科技有限公司"));
}

#[test]
fn a_press_releases_about_section_speaks_for_the_company_before_the_story() {
    let html = "<title>Veltane to acquire Brescani Laboratori | Veltane</title>\
        <meta property='og:type' content='article'>\
        <h1>Veltane to acquire Brescani Laboratori, strengthening its testing network in Italy</h1>\
        <ul><li>2025 revenue of €48.3 million and 410 employees across seven accredited laboratories</li></ul>\
        <p>Lyon, France – 18 November 2026 – Veltane today announced that it has signed an agreement to acquire \
        Brescani Laboratori S.p.A., headquartered in Bergamo, Italy.</p>\
        <p>Founded in 1974, Brescani operates seven accredited laboratories in northern Italy.</p>\
        <h2>About Veltane</h2>\
        <p>Founded in 1987, Veltane is an international group specialising in testing, inspection and \
        certification, headquartered in Lyon. With 9,800 employees in 32 countries, Veltane helps its clients \
        verify that their assets meet quality and safety requirements.</p>\
        <h2>Contacts</h2><p>Investor relations: investors@veltane.com</p>\
        <footer><p>© 2026 Veltane SA</p></footer>";
    let f = facts("https://www.veltane.com/en/media/press-releases/veltane-to-acquire-brescani", None, html);
    assert_eq!(value(&f.name).as_deref(), Some("Veltane SA"));
    assert_eq!(value(&f.employees), Some(Headcount { min: Some(9800), max: Some(9800) }));
    assert_eq!(value(&f.founded), Some(1987));
    assert_eq!(value(&f.hq).as_deref(), Some("Lyon"));
}

#[test]
fn a_releases_apposition_after_the_name_says_what_the_company_is() {
    // The name says "Power"; the apposition after its brackets says it makes
    // hydraulic cylinders. A full-width bracket is passed the same way.
    for (open, close) in [("(", ")"), ("（", "）")] {
        let html = format!(
            "<html lang=en><head><title>Ostrander Announces Plant Consolidation | Ostrander Fluid Power Newsroom</title>\
             <meta property=\"og:site_name\" content=\"Ostrander Fluid Power\"></head><body><article>\
             <h1>Ostrander Announces Manufacturing Footprint Consolidation</h1>\
             <p>TOLEDO, Ohio, Nov. 12, 2026 — Ostrander Fluid Power, Inc. {open}NYSE: OFPI{close} \
             {open}\"Ostrander\" or \"the Company\"{close}, a manufacturer of hydraulic cylinders and motion-control \
             components for off-highway and industrial equipment, today announced plans to consolidate its \
             cylinder production.</p></article>\
             <footer>© 2026 Ostrander Fluid Power, Inc.</footer></body></html>"
        );
        let f = facts("https://www.ostranderfp.test/newsroom/consolidation", None, &html);
        assert_eq!(value(&f.industry).as_deref(), Some("manufacturing"), "{open}");
    }
    // An unclosed bracket after the name reads safely and describes nothing.
    let html = "<title>Ostrander Fluid Power</title><p>Ostrander Fluid Power （NYSE: OFPI, a manufacturer</p>";
    let f = facts("https://www.ostranderfp.test/", None, html);
    assert_ne!(value(&f.industry).as_deref(), Some("manufacturing"));
}

#[test]
fn a_wire_story_is_about_the_company_it_calls_by_its_first_word() {
    // The wire names itself in its dateline, its sidebar and a "seen by"
    // aside; the story names its subject in full once and then as
    // "Corveth". The subject's relative clause says what it sells.
    let html = "<html lang=en><head><title>Corveth Health to cut 12% of staff, close Pittsburgh office | Lodestar Wire</title>\
        <meta property=\"og:site_name\" content=\"Lodestar Wire\"><meta property=\"og:type\" content=\"article\">\
        <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Lodestar Wire\"}}</script></head><body>\
        <main><article><h1>Corveth Health to cut 12% of staff, close Pittsburgh office</h1><p>By Gabriel Osei</p>\
        <p>NEW YORK, Nov 18 (Lodestar Wire) - Corveth Health Systems Inc (CRVH.O), which sells revenue-cycle and \
        patient-scheduling software to hospitals, said on Wednesday it would cut about 12% of its workforce.</p>\
        <p>Chief Executive Marcus Ellery told employees in a memo, which was seen by Lodestar Wire, that Corveth \
        had hired ahead of a recovery.</p><p>Corveth reported third-quarter revenue of $214.6 million. Corveth's \
        shares fell 9%.</p><p>Founded in 2006, Corveth went public on the Nasdaq in 2019.</p></article>\
        <section><h2>More from Lodestar Wire</h2><p>Lodestar Wire newsletters, every weekday.</p></section></main>\
        <footer>© 2026 Lodestar Wire Media LLC</footer></body></html>";
    let f = facts("https://www.lodestarwire.test/business/corveth-health-cut-12-staff", None, html);
    assert_eq!(f.name.as_ref().map(|n| n.value.as_str()), Some("Corveth Health Systems Inc"));
    assert_eq!(value(&f.industry).as_deref(), Some("software"));
}

#[test]
fn a_descriptor_run_into_a_headlines_name_is_no_part_of_it() {
    let html = "<html lang=zh-CN><head><title>36氪独家｜餐饮SaaS简帆科技裁员超六成-36氪</title>\
        <meta property=\"og:site_name\" content=\"36氪\">\
        <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head><body><main><article>\
        <h1>36氪独家｜餐饮SaaS简帆科技裁员超六成</h1><p>36氪独家获悉，总部位于杭州的餐饮SaaS公司“简帆科技”近期完成了组织调整。</p>\
        <p>对于上述消息，简帆科技方面向36氪确认了“组织优化”的事实。</p><p>简帆科技成立于2016年。</p>\
        <p>本文由「36氪」原创出品，转载请联系36氪授权。</p></article></main>\
        <footer>© 2026 北京多氪信息科技有限公司</footer></body></html>";
    let f = facts("https://www.36kr.test/p/3051234567890", None, html);
    assert_eq!(f.name.as_ref().map(|n| n.value.as_str()), Some("简帆科技"));
    // A common word ending the name is no name of its own, however often
    // the story uses it.
    let html = "<html lang=zh-CN><head><title>澜图机器人完成B轮融资-36氪</title>\
        <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head><body><main><article>\
        <h1>澜图机器人完成B轮融资</h1><p>澜图机器人近日完成B轮融资，将用于机器人产品研发。</p>\
        <p>工业机器人市场增长迅速，协作机器人和移动机器人需求旺盛，机器人密度持续提升。</p></article></main>\
        <footer>© 2026 北京多氪信息科技有限公司</footer></body></html>";
    let f = facts("https://www.36kr.test/p/3051234567891", None, html);
    assert_eq!(f.name.as_ref().map(|n| n.value.as_str()), Some("澜图机器人"));
}

#[test]
fn a_groups_own_release_names_it_by_its_legal_names_core() {
    // The group's own news about a partner: the release says 栢宏醫療 (its
    // legal name's core) more than it names the partner.
    let html = "<html lang=zh-Hant-HK><head><title>栢宏醫療與粵康醫療投資集團簽署策略合作協議 | 栢宏醫療集團</title>\
        <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head><body><main><article>\
        <h1>栢宏醫療與粵康醫療投資集團簽署策略合作協議</h1>\
        <p>（香港，2026年11月16日）香港綜合私營醫療服務供應商栢宏醫療集團有限公司（「栢宏醫療」或「集團」）今日宣佈，\
        與深圳粵康醫療投資集團有限公司（「粵康醫療」）簽署策略合作協議。</p>\
        <p>粵康醫療將負責當地醫療機構執業許可申請。粵康醫療董事長表示歡迎。</p>\
        <p>栢宏醫療（前海）跨境醫療中心預計於2027年第二季投入服務。栢宏醫療主席表示，栢宏醫療將擴大團隊。</p>\
        </article></main><footer>© 2026 栢宏醫療集團有限公司 版權所有</footer></body></html>";
    let f = facts("https://www.pakwangmed.test/zh-hk/news/2026/strategic-cooperation", None, html);
    assert_eq!(f.name.as_ref().map(|n| n.value.as_str()), Some("栢宏醫療集團有限公司"));
    assert_eq!(value(&f.domain).as_deref(), Some("pakwangmed.test"));
}

#[test]
fn a_japanese_footer_address_opens_with_its_postcode_mark() {
    for (addr, city) in
        [("〒791-8042 愛媛県松山市南吉田町2788番地", "松山"), ("〒530-0001 大阪府大阪市北区梅田1-1-3", "大阪")]
    {
        let html = format!(
            "<html lang=ja><head><title>会社概要 | 大洲機工株式会社</title></head><body><main><h1>会社概要</h1>\
             <p>送風機と排気処理設備のメーカーです。</p></main>\
             <footer><p>大洲機工株式会社 本社</p><p>{addr} TEL：089-972-1111（代表）</p>\
             <p>© OZU KIKO CO., LTD. All Rights Reserved.</p></footer></body></html>"
        );
        let f = facts("https://www.ozu-kiko.test/company/", None, &html);
        assert_eq!(value(&f.hq).as_deref(), Some(city), "{addr}");
    }
}

#[test]
fn an_it_services_firm_describes_itself_past_its_ticker() {
    // The ticker in brackets stands between the name and "is a"; the
    // description's words are an IT services firm's.
    for words in [
        "digital engineering",
        "application services",
        "applications services",
        "technology services",
        "technology consulting",
        "IT solutions",
        "IT outsourcing",
    ] {
        let html = format!(
            "<html lang=en><head><title>Salesforce Technical Architect | Careers at Anvayam</title></head><body>\
             <main><h1>Salesforce Technical Architect</h1>\
             <p>Design integration architecture using MuleSoft Anypoint Platform and REST APIs to connect \
             Salesforce with client ERP and data platforms.</p>\
             <h2>About Anvayam Technologies</h2>\
             <p>Anvayam Technologies Limited (NSE: ANVAYAM) is a {words} company headquartered in Pune, India. \
             Founded in 2004, Anvayam has 7,800+ professionals across 11 offices in India, the United States and \
             Australia.</p></main>\
             <footer>© 2026 Anvayam Technologies Limited</footer></body></html>"
        );
        let f = facts("https://careers.anvayam.test/jobs/sf-architect", None, &html);
        assert_eq!(value(&f.industry).as_deref(), Some("it_services"), "{words}");
        let hc = f.employees.as_ref().map(|e| (e.value.min, e.value.max));
        assert_eq!(hc, Some((Some(7800), None)), "{words}");
    }
}

#[test]
fn a_footer_address_ending_its_line_and_a_canadian_one() {
    for (footer, city) in [
        ("<p>Larkspur Air Systems, Inc.</p><p>2600 Alcoa Highway</p><p>Knoxville, TN 37920</p>", "Knoxville"),
        (
            "<p>Northmarch Home Centres Inc. · 1450 Pembina Highway · Winnipeg, Manitoba R3T 2C4 · Canada</p>",
            "Winnipeg",
        ),
        ("<p>Skeena Valley Health · 4720 Haugland Avenue · Terrace, BC V8G 2W7</p>", "Terrace"),
    ] {
        let html = format!(
            "<html lang=en><head><title>Products | Larkspur Air Systems</title></head><body><main>\
             <h1>Rooftop units</h1><p>Packaged rooftop units from 3 to 150 tons.</p></main>\
             <footer>{footer}<p>© 2026 Larkspur Air Systems, Inc.</p></footer></body></html>"
        );
        let f = facts("https://www.larkspurair.test/products", None, &html);
        assert_eq!(value(&f.hq).as_deref(), Some(city), "{footer}");
        let q = match f.hq.as_ref().map(|h| &h.source) {
            Some(crate::analysis::Source::Quote(q)) => q.clone(),
            other => panic!("{other:?}"),
        };
        assert!(q.starts_with(city) && html.contains(&q), "{q}");
    }
    // Letters where the postal code's digits go: no address.
    let html = "<title>About | Larkspur Air Systems</title><footer><p>Winnipeg, Manitoba RXT 2C4</p></footer>";
    assert_eq!(value(&facts("https://www.larkspurair.test/about", None, html).hq), None);
}

#[test]
fn a_notices_buyer_is_based_where_its_address_says() {
    let notice = |address: &str| {
        format!(
            "<html lang=en><head><title>Theatre Management System - Find a Tender</title></head><body><main>\
             <h1>Theatre Management System</h1><p>Tender notice</p>\
             <h2>Contracting authority</h2><p>Wessex Vale NHS Foundation Trust</p>\
             <p>Public Procurement Organisation Number: PQRV-8142-TWLM</p>{address}\
             <h2>Procurement</h2><p>The Trust invites tenders for a replacement theatre management system. \
             Tenders must be submitted by 15 January 2027.</p></main>\
             <footer><p>Find a Tender service</p></footer></body></html>"
        )
    };
    for (address, city) in [
        ("<p>Kingsmead Hospital, Newbury Road</p><p>Andover</p><p>SP10 3LR</p><p>United Kingdom</p>", "Andover"),
        // The same address as lines of one paragraph.
        ("<p>Kingsmead Hospital, Newbury Road<br>Andover<br>SP10 3LR<br>United Kingdom</p>", "Andover"),
        ("<p>1818 College Parkway, Suite 200</p><p>Carson City, NV 89706</p>", "Carson City"),
    ] {
        let f = facts("https://www.find-tender.test/Notice/041234-2026", None, &notice(address));
        assert_eq!(value(&f.hq).as_deref(), Some(city), "{address}");
    }
    // A town line with no postcode under it is no address.
    let f = facts("https://www.find-tender.test/Notice/041234-2026", None, &notice("<p>Andover</p><p>Hampshire</p>"));
    assert_eq!(value(&f.hq), None);
}

#[test]
fn the_sites_own_title_gives_its_ticker() {
    let r = super::rules();
    for label in &r.t.ticker_labels {
        let html = format!(
            "<html lang=zh-CN><head><title>投资者关系 - 无锡启衡微电子股份有限公司（{label}：688731）</title></head>\
             <body><main><h1>投资者关系</h1><p>股票简称：启衡微</p><p>688731</p>\
             <p>公司专注于高性能模拟及混合信号芯片的研发与销售。</p></main>\
             <footer>Copyright © 2026 无锡启衡微电子股份有限公司 版权所有</footer></body></html>"
        );
        let f = facts("https://www.qihengwei.test/ir/", None, &html);
        let listed = f.listed.as_ref().map(|l| (l.value.ticker.clone(), l.value.exchange.clone()));
        assert_eq!(listed, Some((Some("688731".to_owned()), None)), "{label}");
    }
    // Digits that are no code (a year) after a label are not read.
    let html = "<title>股票代码：20 | 启衡微</title><p>公司专注于芯片研发。</p>";
    assert_eq!(facts("https://www.qihengwei.test/ir/", None, html).listed.map(|l| l.value.ticker), None);
}

#[test]
fn a_jobs_title_names_the_job_not_the_employers_trade() {
    let html = "<html lang=en><head><title>Salesforce Developer (SaaS, APIs, Analytics) | Careers at Brookvale Markets</title>\
        <script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\
        \"title\":\"Salesforce Developer\",\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Brookvale Markets\"}}</script>\
        </head><body><main><h1>Salesforce Developer</h1>\
        <p>Brookvale Markets runs 140 grocery stores and supermarkets across Ohio and Indiana, with a retail \
        pharmacy in most of them.</p>\
        <p>You will build integrations for our loyalty program and work with store operations.</p></main>\
        <footer>© 2026 Brookvale Markets, Inc.</footer></body></html>";
    let f = facts("https://careers.brookvalemarkets.test/jobs/4410-salesforce-developer", None, html);
    // The title's words (SaaS, APIs, Analytics) would make a grocer software.
    assert_ne!(value(&f.industry).as_deref(), Some("software"));
}
