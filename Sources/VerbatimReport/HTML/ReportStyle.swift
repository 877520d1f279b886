/// The inline stylesheet of every HTML report: readable typography with a CJK font stack,
/// responsive width, colour-blind-safe accents, and print rules.
///
/// It contains no `<` or `&`, so the page stays well-formed XML as well as HTML.
enum ReportStyle {
    static let css: Markup = """
    :root{--ink:#222;--muted:#5f6368;--rule:#ddd;--accent:#0072B2;--warn:#D55E00;--tile:#f6f8fa}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0 auto;max-width:72rem;padding:1.5rem 1rem 3rem;color:var(--ink);background:#fff;
    font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif;
    font-size:1rem;line-height:1.6}
    :lang(zh){font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",system-ui,sans-serif;line-height:1.75}
    h1{font-size:1.8rem;line-height:1.25;margin:0 0 .25rem}
    h2{font-size:1.35rem;margin:2.25rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--rule)}
    h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
    p{margin:.5rem 0;max-width:48rem}
    .subtitle,.note{color:var(--muted)}
    .note{font-size:.9rem}
    nav.toc ol{columns:2 16rem;padding-left:1.25rem;margin:.5rem 0}
    a{color:var(--accent)}
    .kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.75rem;margin:1rem 0}
    .kpi{background:var(--tile);border:1px solid var(--rule);border-left:4px solid var(--accent);border-radius:4px;padding:.6rem .8rem}
    .kpi .label{font-size:.85rem;color:var(--muted)}
    .kpi .value{font-size:1.6rem;font-weight:600;font-variant-numeric:tabular-nums;line-height:1.2}
    .kpi .ci,.kpi .kpi-note{font-size:.8rem;color:var(--muted)}
    .table-wrap{overflow-x:auto;margin:1rem 0}
    table{border-collapse:collapse;font-size:.92rem;min-width:50%}
    caption{text-align:left;font-weight:600;padding:.25rem 0}
    th,td{border-bottom:1px solid var(--rule);padding:.35rem .6rem;text-align:left;vertical-align:top}
    th{border-bottom:2px solid #999;font-weight:600}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    tbody tr:nth-child(even){background:#fafafa}
    figure{margin:1.25rem 0}
    figure svg{max-width:100%;height:auto;display:block}
    figcaption{font-size:.9rem;color:var(--muted);margin-top:.25rem}
    blockquote{margin:.75rem 0;padding:.5rem .9rem;border-left:4px solid var(--rule);background:#fcfcfc;max-width:48rem}
    blockquote p{margin:0}
    blockquote footer{font-size:.82rem;color:var(--muted);margin-top:.25rem}
    mark{background:#fde9b8;color:inherit;padding:0 .1em}
    ul{padding-left:1.25rem}
    details{margin:1rem 0;border:1px solid var(--rule);border-radius:4px;padding:.5rem .8rem}
    summary{cursor:pointer;font-weight:600}
    footer.provenance{margin-top:3rem;padding-top:.75rem;border-top:1px solid var(--rule);font-size:.82rem;color:var(--muted)}
    footer.provenance p{margin:.15rem 0;max-width:none}
    @media (max-width:40rem){body{padding:1rem .6rem}h1{font-size:1.45rem}.kpi .value{font-size:1.3rem}}
    @media print{
    body{max-width:none;padding:0;font-size:10.5pt;color:#000}
    nav.toc{display:none}
    .kpi,blockquote,tbody tr:nth-child(even){background:none}
    a{color:inherit;text-decoration:none}
    h2,h3{break-after:avoid;page-break-after:avoid}
    table,figure,blockquote,.kpi,details{break-inside:avoid;page-break-inside:avoid}
    thead{display:table-header-group}
    details{border:none;padding:0}
    .table-wrap{overflow:visible}
    }
    """
}
