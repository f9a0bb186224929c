package org.supcert.reports.html;

/** The report's inline style sheet. */
final class Css {
    private Css() {}

    static final String STYLE = """
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1200px; padding: 0 16px 32px; color: #1a202c; }
            h1 { font-size: 22px; margin: 18px 0 4px; }
            nav ol { columns: 3; padding-left: 20px; }
            .tag { font-size: 11px; padding: 0 5px; border-radius: 3px; color: #fff; }
            .banner { margin-top: 28px; padding: 10px 14px; border-radius: 6px; color: #fff; font-size: 18px; }
            .banner .verdict { font-weight: 700; letter-spacing: 0.03em; }
            .banner .by { font-size: 13px; opacity: 0.95; }
            .closed { background: #2f855a; } .not-closed { background: #c53030; }
            .unknown { background: #b7791f; } .input-error { background: #4a5568; }
            tr.closed, tr.not-closed, tr.unknown { background: none; }
            tr.not-closed td:nth-child(2) { color: #c53030; font-weight: 600; } tr.unknown td:nth-child(2) { color: #b7791f; }
            .reason { font-size: 15px; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; font-size: 13px; }
            dt { color: #4a5568; } dd { margin: 0; font-family: ui-monospace, monospace; word-break: break-all; }
            .figures { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
            figure { margin: 8px 0; max-width: 500px; } svg.figure { display: block; max-width: 100%; height: auto; border: 1px solid #e2e8f0; }
            figcaption { font-size: 12px; color: #4a5568; margin-top: 4px; }
            ul.legend { list-style: none; padding: 0; margin: 4px 0; columns: 2; } .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; opacity: 0.7; }
            .curve { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
            table.matrix { border-left: 2px solid #333; border-right: 2px solid #333; border-collapse: collapse; }
            table.matrix td { padding: 2px 8px; text-align: center; font-family: ui-monospace, monospace; }
            table.matrix caption { font-size: 12px; }
            .times { font-size: 18px; }
            table.components { border-collapse: collapse; font-size: 12px; } table.components td, table.components th { border: 1px solid #e2e8f0; padding: 2px 6px; text-align: left; }
            .note, .checks { font-size: 12px; color: #4a5568; }
            footer { margin-top: 32px; font-size: 12px; color: #718096; }
            """;
}
