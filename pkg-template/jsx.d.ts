// JSX types for <qwen-or-llama> in React 19 and Preact (10 and 11). Opt in once, in any file
// of your project that TypeScript compiles (e.g. next to the import that registers the element):
//
//   import type {} from "qwen-or-llama/jsx";
//
// (or `/// <reference types="qwen-or-llama/jsx" />`). Then
//
//   <qwen-or-llama lang="zh" theme="dark" answers={{ language: "zh" }} ref={ref}
//     onqwen-or-llama-result={(e) => setVerdict(e.detail.verdict)} />
//
// is checked: the attributes and properties (QwenOrLlamaAttributes in ./element.d.ts), the
// framework's own HTML props (id, className, style, children, key, onClick...), `ref` typed to
// QwenOrLlamaElement, and the three events as `on` + the event's exact name.
//
// React 19 (react-dom's setPropOnCustomElement): on an element whose tag has a dash, a prop
// `on<name>` that is not one of React's own events (onClick...) and has a function value is
// attached with addEventListener("<name>", fn) (`on<name>Capture`: in the capture phase); any
// other prop is set as a property when the element has one (`prop in el`), else as an
// attribute. So import "qwen-or-llama/element" (which defines the element) before React renders
// it, and `answers` and `catalog` objects arrive as properties. Preact's setProperty attaches
// `on<name>` and sets properties the same way. Server rendering writes only string, number and
// boolean props as attributes: pass `answers` as JSON text there.
//
// This file augments both "react" and "preact". An augmentation of a module that is not
// installed is dropped by TypeScript, and the `@ts-ignore` comments below keep the types that
// name it from being an error in a project that has only the other one (or skipLibCheck off).
import type { QwenOrLlamaAttributes, QwenOrLlamaElement } from "./element.js";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      // @ts-ignore -- @types/react may not be installed (a Preact project)
      "qwen-or-llama": import("react").DetailedHTMLProps<import("react").HTMLAttributes<QwenOrLlamaElement>, QwenOrLlamaElement> &
        QwenOrLlamaAttributes & {
          /** React 19 sets `class` as the attribute on a custom element (`className` works too). */
          class?: string | undefined;
        };
    }
  }
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements {
      // @ts-ignore -- preact may not be installed (a React project)
      "qwen-or-llama": import("preact").HTMLAttributes<QwenOrLlamaElement> & QwenOrLlamaAttributes;
    }
  }
}
