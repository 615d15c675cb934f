// The element's styles: one constructed stylesheet shared by every instance (no <style> element and
// no inline style attribute, so strict style-src and Trusted Types hosts need nothing extra).
// Hosts theme it through the --qol-* custom properties documented in the README.

const DARK = '--_bg:#15171c;--_fg:#e6e8eb;--_muted:#a2a9b4;--_line:#3a3f4a;--_soft:#1e2128;--_accent:#a5b4fc;--_qwen:#aaa6ff;--_llama:#6aa6ff;--_warn:#f3b36a;--_scheme:dark';
const CSS = `
/* The host only gets its display and the colour variables; everything else is on .frame, the frame
inside the shadow root, which host rules (even * { all: unset }) cannot reach. */
:host{display:block;
--_bg:#fff;--_fg:#1b1f24;--_muted:#57606a;--_line:#d0d7de;--_soft:#f6f8fa;--_accent:#4f46e5;--_qwen:#5b4fd6;--_llama:#0b63e5;--_warn:#9a4d00;--_scheme:normal}
.frame{all:initial;color-scheme:var(--_scheme);display:block;contain:content;container:qol/inline-size;
background:var(--qol-bg,var(--_bg));color:var(--qol-fg,var(--_fg));
font:16px/1.5 var(--qol-font,system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif);
border:1px solid var(--_line);border-radius:var(--qol-radius,12px);text-align:start}
:host([hidden]){display:none}
/* Before the module starts, the fallback holds the space the widget will take: a little less than
the default questionnaire's measured height at that width (en 4171/zh 3731 px at 375, 3164/2954
at 768, 1965/1584 at 1280), so nothing on the page moves when it starts. Hosts with fewer
questions set --qol-reserve. */
.fb{padding:var(--qol-space,16px);min-height:var(--qol-reserve,3700px)}
@container qol (min-width:480px){.fb{min-height:var(--qol-reserve,2900px)}}
@container qol (min-width:760px){:host(:not([compact])) .fb{min-height:var(--qol-reserve,1550px)}}
.fb.done{min-height:0}
:host([theme=dark]){${DARK}}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){${DARK}}}
*,::before,::after{box-sizing:border-box}
.w{--s:var(--qol-space,16px);--a:var(--qol-accent,var(--_accent));--q:var(--qol-qwen,var(--_qwen));--l:var(--qol-llama,var(--_llama));--m:var(--qol-muted,var(--_muted));padding:var(--s)}
h2,h3,h4,p,ol,ul,blockquote,fieldset,figure{margin:0;padding:0}
ul,ol{list-style:none}
h2{font-size:1.25em;line-height:1.3}
h3{font-size:.8em;text-transform:uppercase;letter-spacing:.06em;color:var(--m);margin:0 0 .5em}
h4{font-size:1.1em;line-height:1.3;overflow-wrap:anywhere}
a{color:var(--a);overflow-wrap:anywhere}
.head{display:flex;flex-wrap:wrap;gap:.25em 1em;align-items:baseline;justify-content:space-between;margin-bottom:var(--s)}
.asof,.help,.small{color:var(--m);font-size:.875em}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
/* One column (the summary bar keeps the answer in view) below 760px of widget width or when
compact; two columns above, with the result column sticky while the questions scroll. Flex, not
grid, in one column: a sticky grid item cannot leave its own grid area. */
.grid{display:flex;flex-direction:column;gap:calc(var(--s)*1.5)}
.sumbar{position:sticky;bottom:var(--qol-sticky-bottom,0px);z-index:2;margin:0 calc(-1*var(--s));padding:6px var(--s);background:var(--qol-bg,var(--_bg));border-block:1px solid var(--_line);box-shadow:0 -4px 12px rgb(0 0 0/.08)}
.sumbar button{all:unset;box-sizing:border-box;display:grid;gap:2px;width:100%;min-height:44px;padding:4px 8px;border-radius:8px;cursor:pointer;font-size:.9em;line-height:1.35}
.sumbar button:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.sumbar button:hover{background:var(--_soft)}
.sumbar .v{font-weight:700}.sumbar .v.qwen{color:var(--q)}.sumbar .v.llama{color:var(--l)}
.sumbar .go{color:var(--a);text-decoration:underline;font-size:.95em}
.sumbar .pk{display:flex;flex-wrap:wrap;gap:0 1em;font-variant-numeric:tabular-nums}
@container qol (min-width:760px){
:host(:not([compact])) .grid{display:grid;grid-template-columns:minmax(250px,320px) minmax(0,1fr);align-items:start}
:host(:not([compact])) .sumbar{display:none}
:host(:not([compact])) .res{position:sticky;top:var(--qol-sticky-top,0px);max-height:calc(100vh - var(--qol-sticky-top,0px));max-height:calc(100dvh - var(--qol-sticky-top,0px));overflow-y:auto;padding:4px;margin:-4px}}
.form{display:grid;gap:var(--s);align-content:start;min-width:0}
.more>summary{font-weight:600;color:var(--a);display:flex;gap:.6em;align-items:center}
.more>summary::before{content:"";flex:none;width:.45em;height:.45em;border:solid currentColor;border-width:0 2px 2px 0;transform:rotate(-45deg)}
.more[open]>summary::before{transform:rotate(45deg)}
.more>.qs{display:grid;gap:var(--s);margin-top:var(--s)}
fieldset{border:0;min-width:0}
legend,.ql{font-weight:600;margin-bottom:.35em;padding:0}
.opts{display:flex;flex-wrap:wrap;gap:6px}
.opt{display:inline-flex;align-items:center;gap:.4em;min-height:32px;padding:3px 10px;border:1px solid var(--_line);border-radius:999px;cursor:pointer;font-size:.925em;background:var(--qol-bg,var(--_bg))}
.opt:has(:checked){border-color:var(--a);background:color-mix(in srgb,var(--a) 12%,transparent)}
.opt:has(:focus-visible),select:focus-visible,summary:focus-visible,a:focus-visible{outline:2px solid var(--a);outline-offset:2px}
input{margin:0;width:16px;height:16px;accent-color:var(--a)}
.opt input:focus-visible{outline:none}
select{font:inherit;color:inherit;background:var(--qol-bg,var(--_bg));border:1px solid var(--_line);border-radius:8px;min-height:36px;padding:4px 8px;width:100%}
.help{margin-top:.35em}
:host([compact]) .help{display:none}
[hidden]{display:none!important}
.res{display:grid;gap:calc(var(--s)*1.5);min-width:0;align-content:start}
.res:focus{outline:none}
[part=verdict]:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.card{border:1px solid var(--_line);border-radius:var(--qol-radius,12px);padding:var(--s);background:var(--_soft);min-width:0}
.verdict{border-inline-start:6px solid var(--a)}
.verdict.qwen{border-inline-start-color:var(--q)}.verdict.llama{border-inline-start-color:var(--l)}
.big{font-size:2em;font-weight:700;line-height:1.15}
.qwen .big,.fq{color:var(--q)}.llama .big,.fl{color:var(--l)}
.best{display:grid;gap:var(--s)}
@container qol (min-width:520px){.best{grid-template-columns:1fr 1fr}}
.pick{border-top:4px solid var(--q)}.pick.llama{border-top-color:var(--l)}
.kicker{font-size:.8em;font-weight:700;text-transform:uppercase;letter-spacing:.06em}
.score{display:flex;align-items:center;gap:.5em;margin:.4em 0;font-variant-numeric:tabular-nums}
.score b{min-width:2.6em}
.bar{flex:1;height:8px;border-radius:4px;background:var(--_line);overflow:hidden;min-width:40px}
/* The fill is scaled, not resized: a transform animates on the compositor, a width would lay
the widget out again on every frame of the transition. */
.bar>i{display:block;height:100%;background:var(--q);transform-origin:0 50%;transform:scaleX(0);transition:transform .3s}
.llama .bar>i,.bar.llama>i{background:var(--l)}
.bar.fit>i{background:var(--a)}
.facts{font-size:.9em}
.caveat{color:var(--_warn);font-size:.875em;margin-top:.25em}
.reasons{margin-top:.5em;display:grid;gap:.3em;font-size:.9em}
.reasons li{padding-inline-start:1em;position:relative}
.reasons li::before{content:"";position:absolute;inset-inline-start:0;top:.55em;width:.45em;height:.45em;border-radius:50%;background:currentColor;opacity:.55}
.rank{display:grid;gap:4px}
summary{cursor:pointer;min-height:32px;list-style:none}
.rank summary{display:grid;grid-template-columns:2em minmax(0,1fr) auto 1em;gap:.5em;align-items:center;padding:4px 6px;border-radius:8px}
summary::-webkit-details-marker{display:none}
.rank summary::after,.sec>summary::before{content:"";width:.45em;height:.45em;border:solid var(--m);border-width:0 2px 2px 0;transform:rotate(-45deg);justify-self:center}
.rank [open]>summary::after,.sec[open]>summary::before{transform:rotate(45deg)}
.sec>summary{display:flex;gap:.6em;align-items:center;font-size:.8em;text-transform:uppercase;letter-spacing:.06em;color:var(--m);font-weight:700}
.sec>summary::before{flex:none}
.rank summary:hover{background:var(--_soft)}
.rn{color:var(--m);font-variant-numeric:tabular-nums}
.nm{display:flex;align-items:baseline;gap:.4em;min-width:0;overflow-wrap:anywhere}
.dot{display:inline-block;flex:none;width:.6em;height:.6em;border-radius:50%;background:var(--q);margin-inline-end:.4em}
.nm .dot{margin:0}
.dot.llama{background:var(--l)}
.rank summary .score{margin:0;width:clamp(64px,22cqi,200px)}
.bd{padding:.5em .5em .75em clamp(.5em,5cqi,2.5em);display:grid;gap:.4em;font-size:.9em}
.crit{display:grid;grid-template-columns:6.5em 5.5em minmax(0,1fr);gap:.5em;align-items:center}
.crit .txt{grid-column:1/-1;color:var(--m);margin-top:-.2em}
.sec[open]>summary{margin-bottom:.4em}
.grp{margin:.25em 0 .6em}
.grp h4{font-size:.95em;margin-bottom:.2em}
.grp li,.wi li,.src li,.notes li{margin:.15em 0;font-size:.925em}
.wi li{padding-inline-start:.75em;border-inline-start:3px solid var(--_line)}
.wi li.qwen{border-color:var(--q)}.wi li.llama{border-color:var(--l)}
.corr{display:grid;gap:var(--s)}
.corr li{border-inline-start:3px solid var(--_warn);padding-inline-start:.75em;display:grid;gap:.3em;font-size:.925em}
blockquote{color:var(--m)}
.sec[aria-busy=true] .sb,section[aria-busy=true] .sb{opacity:.55}
.err{border-color:var(--_warn);color:var(--_warn)}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
`;

let sheet = null;

/** The shared stylesheet, made on first use (not at import: a server import has no CSSStyleSheet). */
export function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
