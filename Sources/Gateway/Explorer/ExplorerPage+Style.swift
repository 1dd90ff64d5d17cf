extension ExplorerPage {
    /// The page's style sheet: system fonts only (no web font is fetched), a light and a dark
    /// palette that follow the system's setting, three panes side by side on a wide screen
    /// (schema, editors, result) stacked on a narrow one.
    ///
    /// The editors are a transparent `textarea` over a `pre` that shows the same text coloured;
    /// both share every metric (font, line height, padding, no wrapping) so that the caret sits on
    /// the coloured text. The text turns transparent only once the script has painted the
    /// overlay (`.painted`), so the editors stay usable if the script cannot run.
    static let style = #"""
        :root {
          --bg: #f7f7f9; --panel: #ffffff; --fg: #1d2330; --muted: #5d6577; --line: #d9dce3;
          --accent: #2f5bd3; --accent-fg: #ffffff; --focus: #7aa2ff;
          --ok: #1f7a44; --warn: #8a5a00; --bad: #b3261e; --bad-bg: #fdecea; --warn-bg: #fff4dc;
          --kw: #8a2dbb; --nm: #1d2330; --ty: #0b7285; --var: #b4530b; --str: #2b7a0b; --num: #1c5fb8;
          --com: #7a808c; --pu: #5d6577; --dir: #a61e4d; --key: #8a2dbb; --lit: #1c5fb8;
          --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif;
          color-scheme: light dark;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #15181e; --panel: #1c2028; --fg: #e3e6ec; --muted: #9aa3b5; --line: #323846;
            --accent: #6d8dff; --accent-fg: #0c0f14; --focus: #93b0ff;
            --ok: #6fcf97; --warn: #f2c14e; --bad: #ff8a80; --bad-bg: #3a1f1f; --warn-bg: #3a3020;
            --kw: #d19aff; --nm: #e3e6ec; --ty: #66d9e8; --var: #ffa94d; --str: #a9e34b; --num: #74c0fc;
            --com: #8a92a3; --pu: #9aa3b5; --dir: #f783ac; --key: #d19aff; --lit: #74c0fc;
          }
        }
        * { box-sizing: border-box; }
        html, body { height: 100%; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.45 var(--sans); display: flex; flex-direction: column; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        :focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
        button { font: inherit; color: var(--fg); background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .3rem .75rem; cursor: pointer; }
        button:hover { border-color: var(--muted); }
        button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); font-weight: 600; }
        button[disabled] { opacity: .6; cursor: progress; }
        input { font: inherit; color: var(--fg); background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .3rem .5rem; min-width: 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        header.bar { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; padding: .5rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel); }
        header.bar h1 { font-size: 1.05rem; margin: 0; font-weight: 650; }
        header.bar h1 span { color: var(--muted); font-weight: 400; }
        header.bar .version { color: var(--muted); font-size: .85rem; }
        header.bar .token { margin-left: auto; display: flex; align-items: center; gap: .4rem; }
        header.bar .token input { width: min(22rem, 50vw); font-family: var(--mono); font-size: .85rem; }
        main.layout { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(15rem, 21rem) minmax(0, 1fr) minmax(0, 1fr); }
        main.layout > section { min-height: 0; min-width: 0; display: flex; flex-direction: column; border-right: 1px solid var(--line); }
        main.layout > section:last-child { border-right: 0; }
        .pane-head { display: flex; align-items: center; gap: .5rem; padding: .45rem .75rem; border-bottom: 1px solid var(--line); background: var(--panel); min-height: 3rem; }
        .pane-head h2, .pane-head > label { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0; font-weight: 650; }
        .pane-head .actions { margin-left: auto; display: flex; gap: .4rem; }
        .editor-pane { background: var(--panel); }
        .field-row { display: flex; align-items: center; gap: .5rem; padding: .4rem .75rem; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
        .field-row label { font-size: .8rem; color: var(--muted); white-space: nowrap; }
        .field-row input { flex: 1; font-family: var(--mono); font-size: .85rem; }
        .editor { position: relative; flex: 3; min-height: 8rem; font: 13px/1.5 var(--mono); }
        .editor.variables { flex: 1; min-height: 5rem; }
        .editor textarea, .editor pre { margin: 0; border: 0; padding: .6rem .75rem; font: inherit; white-space: pre; overflow-wrap: normal; word-break: normal; tab-size: 2; letter-spacing: normal; }
        .editor pre { position: absolute; inset: 0; overflow: hidden; pointer-events: none; padding-bottom: 2.5rem; padding-right: 2.5rem; color: var(--fg); }
        .editor textarea { position: relative; display: block; width: 100%; height: 100%; resize: none; overflow: auto; color: var(--fg); background: transparent; caret-color: var(--fg); outline: none; }
        .editor.painted textarea { color: transparent; }
        .editor textarea::selection { background: color-mix(in srgb, var(--accent) 30%, transparent); color: transparent; }
        .editor:focus-within { box-shadow: inset 0 0 0 2px var(--focus); }
        .hint { margin: 0; padding: .35rem .75rem; color: var(--muted); font-size: .78rem; border-top: 1px solid var(--line); }
        kbd { font: .75rem var(--mono); border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 .3rem; background: var(--bg); }
        .t-kw { color: var(--kw); font-weight: 600; } .t-nm { color: var(--nm); } .t-ty { color: var(--ty); } .t-var { color: var(--var); }
        .t-str { color: var(--str); } .t-num { color: var(--num); } .t-com { color: var(--com); font-style: italic; } .t-pu { color: var(--pu); }
        .t-dir { color: var(--dir); } .t-bad { color: var(--bad); text-decoration: underline wavy; }
        .j-key { color: var(--key); } .j-str { color: var(--str); } .j-num { color: var(--num); } .j-lit { color: var(--lit); font-weight: 600; } .j-pu { color: var(--pu); }
        .status { font: 600 .8rem var(--mono); padding: .1rem .5rem; border-radius: 999px; border: 1px solid currentColor; }
        .status.ok { color: var(--ok); } .status.partial { color: var(--warn); } .status.failed { color: var(--bad); } .status.pending { color: var(--muted); }
        .timing { color: var(--muted); font-size: .8rem; }
        .result-pane { background: var(--bg); }
        .errors { margin: 0; padding: .5rem .75rem; list-style: none; background: var(--bad-bg); border-bottom: 1px solid var(--bad); max-height: 40%; overflow: auto; }
        .errors li { padding: .3rem 0; }
        .errors li + li { border-top: 1px dashed color-mix(in srgb, var(--bad) 40%, transparent); }
        .errors .message { color: var(--bad); font-weight: 600; white-space: pre-wrap; }
        .errors .meta { display: flex; flex-wrap: wrap; gap: .25rem .75rem; font-size: .8rem; color: var(--muted); margin-top: .15rem; }
        .errors .code { font: 600 .72rem var(--mono); color: var(--bad); border: 1px solid var(--bad); border-radius: 4px; padding: 0 .3rem; }
        .errors button.location { padding: 0 .3rem; font: .78rem var(--mono); border-radius: 4px; }
        .errors.partial { background: var(--warn-bg); border-bottom-color: var(--warn); }
        pre.result { flex: 1; margin: 0; padding: .6rem .75rem; overflow: auto; font: 13px/1.5 var(--mono); white-space: pre; }
        pre.result.empty { color: var(--muted); font-family: var(--sans); white-space: normal; }
        .schema-pane { background: var(--panel); }
        .schema-pane .search { padding: .5rem .75rem; border-bottom: 1px solid var(--line); }
        .schema-pane .search input { width: 100%; }
        .schema-body { flex: 1; overflow: auto; padding: .25rem .75rem 1rem; }
        .schema-status { color: var(--muted); padding: .5rem 0; white-space: pre-wrap; }
        .schema-status.failed { color: var(--bad); }
        .type-group h3, .type-detail h4 { font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: .9rem 0 .3rem; }
        .type-group ul, .type-detail ul { list-style: none; margin: 0; padding: 0; }
        .type-group li { padding: .12rem 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem; }
        .type-group .matches { flex-basis: 100%; padding-left: .75rem; font: .8rem var(--mono); display: flex; flex-wrap: wrap; gap: .1rem .6rem; }
        .kind { font-size: .68rem; color: var(--muted); text-transform: lowercase; border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem; }
        .type-name, .type-ref { font-family: var(--mono); }
        .type-ref a, .type-name a { color: var(--ty); }
        .type-detail .back { display: inline-block; margin: .5rem 0 .25rem; font-size: .85rem; }
        .type-detail h3 { margin: .25rem 0; font: 650 1.05rem var(--mono); display: flex; align-items: baseline; gap: .5rem; flex-wrap: wrap; }
        .type-detail .root-of { font: .8rem var(--sans); color: var(--muted); }
        .description { color: var(--muted); margin: .2rem 0 .4rem; font-size: .85rem; }
        .description p { margin: 0 0 .35rem; }
        .description p:last-child { margin-bottom: 0; }
        .description code { font: .9em var(--mono); background: var(--bg); border: 1px solid var(--line); border-radius: 3px; padding: 0 .2rem; }
        .type-detail li.member { padding: .4rem 0; border-top: 1px solid var(--line); font: .85rem var(--mono); }
        .type-detail li.member:target, .type-detail li.member.focus { background: color-mix(in srgb, var(--accent) 12%, transparent); }
        .member .name { font-weight: 650; color: var(--fg); }
        .member .args { list-style: none; margin: .15rem 0 0 1rem; padding: 0; }
        .member .args li { padding: .05rem 0; }
        .member .description { font-family: var(--sans); margin-left: 0; }
        .member .args .description { margin: 0 0 .2rem 0; }
        .default { color: var(--muted); }
        .deprecated > .name, .deprecated > .signature .name { text-decoration: line-through; }
        .deprecation { display: block; font: .78rem var(--sans); color: var(--warn); }
        .directives li { padding: .2rem 0; font: .85rem var(--mono); }
        .directives .locations { color: var(--muted); font-size: .78rem; }
        details > summary { cursor: pointer; color: var(--muted); font-size: .8rem; margin-top: .9rem; }
        @media (max-width: 900px) {
          body { height: auto; }
          main.layout { grid-template-columns: 1fr; }
          main.layout > section { border-right: 0; border-bottom: 1px solid var(--line); }
          .editor-pane { order: -1; } .editor { min-height: 14rem; }
          .schema-body { max-height: 60vh; } pre.result { max-height: 70vh; }
        }

        """#
}
