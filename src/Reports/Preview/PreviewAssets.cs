namespace Reports.Preview;

/// <summary>
/// What only the preview server serves, under <c>/_reports/</c> (a name no page of the site can take): the
/// live-reload script, its Server-Sent Events stream and the stylesheet of the preview's own banner and
/// diagnostics page. None of it is ever written to the output folder.
/// </summary>
public static class PreviewAssets
{
    public const string Prefix = "/_reports/";

    public const string ScriptPath = Prefix + "live.js";

    public const string EventsPath = Prefix + "events";

    public const string StylesheetPath = Prefix + "preview.css";

    /// <summary>
    /// Reloads the page when the server announces a build other than the one the page was served from. The page's
    /// build is in the script tag, so a rebuild that finishes between loading the page and connecting still reloads.
    /// EventSource reconnects by itself when the server restarts.
    /// </summary>
    public const string Script = """
        (() => {
          "use strict";
          const served = document.currentScript && document.currentScript.dataset.build;
          const events = new EventSource("/_reports/events");
          events.addEventListener("build", (event) => {
            if (event.data !== served) {
              events.close();
              location.reload();
            }
          });
        })();

        """;

    /// <summary>For the banner over a last-good page and for the diagnostics page; the site's own CSS is untouched.</summary>
    public const string Stylesheet = """
        .reports-preview-banner { position: sticky; top: 0; z-index: 1000; margin: 0; padding: .6rem 1rem;
          background: #fff4e5; color: #5a3200; border-bottom: 2px solid #b35c00; font: 15px/1.4 system-ui, sans-serif; }
        .reports-preview-banner a { color: inherit; font-weight: 600; }
        .reports-diagnostics { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; }
        .reports-diagnostics h1 { color: #a4000f; font-size: 1.6rem; }
        .reports-diagnostics ol { padding-left: 1.2rem; }
        .reports-diagnostics li { margin: .8rem 0; }
        .reports-diagnostics .where { font-family: ui-monospace, monospace; font-size: .9rem; }
        .reports-diagnostics .code { font-weight: 700; }
        .reports-diagnostics .error .code { color: #a4000f; }
        .reports-diagnostics .warning .code { color: #8a5a00; }
        .reports-diagnostics .hint { color: #444; }
        @media (prefers-color-scheme: dark) {
          .reports-diagnostics { color: #eee; background: #111; }
          .reports-diagnostics .hint { color: #bbb; }
        }

        """;
}
