/// The shell of every HTML report: one self-contained file with a strict Content-Security-Policy
/// (nothing is loaded, nothing runs), the report's CSS inline, print-friendly.
public enum HTMLPage {
    /// The Content-Security-Policy of every report: no scripts, no network, inline styles and `data:` images only.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// A complete document around `body` (already escaped markup).
    public static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <meta name="generator" content="engage">
        <title>\(HTMLEscape.text(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// The report's CSS (screen and print).
    static let style = """
        :root { color-scheme: light; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; background: #fff;
               max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #e9ecef; }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        p.lead { color: #555; margin: 0 0 12px; }
        .muted { color: #666; }
        section { margin-bottom: 8px; }
        figure { margin: 8px 0 16px; }
        figcaption { font-size: 12.5px; color: #555; margin-top: 2px; }
        svg.chart { width: 100%; max-width: 100%; height: auto; display: block; }
        table { border-collapse: collapse; margin: 6px 0 14px; font-size: 13px; }
        th, td { padding: 4px 10px 4px 0; text-align: left; vertical-align: top; border-bottom: 1px solid #eee; }
        th { font-weight: 600; color: #333; border-bottom: 1px solid #ccc; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; padding-left: 10px; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
        .card { border: 1px solid #dee2e6; border-radius: 6px; padding: 8px 14px; min-width: 140px; }
        .card b { display: block; font-size: 22px; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
        .post { border-left: 3px solid #dee2e6; padding: 2px 0 2px 10px; margin: 6px 0; }
        .post .text { white-space: pre-wrap; overflow-wrap: anywhere; }
        .rules code, code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f1f3f5; padding: 0 4px; border-radius: 3px; }
        .badge { display: inline-block; font-size: 11.5px; padding: 1px 7px; border-radius: 10px; background: #e9ecef; color: #333; margin-right: 6px; }
        .badge.recommendation { background: #d3f9d8; color: #1b5e20; }
        .badge.real-but-too-small, .badge.possible-pattern { background: #fff3bf; color: #6b4d00; }
        .finding { border: 1px solid #e9ecef; border-radius: 6px; padding: 8px 12px; margin: 10px 0; break-inside: avoid; }
        .finding h3 { margin: 2px 0 6px; }
        .checks { font-size: 12.5px; color: #444; margin: 6px 0; padding-left: 18px; }
        ul.notes li { margin: 3px 0; }
        a { color: #1c5fb0; }
        footer { margin-top: 36px; font-size: 12px; color: #666; border-top: 1px solid #eee; padding-top: 8px; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          h2 { break-after: avoid; }
          figure, table, .finding, .post { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
