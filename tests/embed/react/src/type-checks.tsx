// Compiled by tsc only (test.sh), never bundled. The first half is usage the types must accept;
// each `@ts-expect-error` below is a misuse they must reject: if a type became too loose (any,
// string, a missing overload), the directive would be unused and tsc would fail.
import type {} from 'qwen-or-llama/jsx';
import type { Answers, VerdictFamily } from 'qwen-or-llama';
import QwenOrLlamaElement, {
  type QwenOrLlamaElementEventMap,
  type QwenOrLlamaErrorDetail,
  type QwenOrLlamaResultDetail,
} from 'qwen-or-llama/element';
import { useRef, useState, type ReactNode } from 'react';

// ---------------------------------------------------------------- accepted

export function Accepted(): ReactNode {
  const ref = useRef<QwenOrLlamaElement>(null);
  const [family, setFamily] = useState<VerdictFamily>('none');
  const [answers, setAnswers] = useState<Answers>({});
  const [error, setError] = useState<QwenOrLlamaErrorDetail | null>(null);
  return (
    <div
      // The events bubble: a parent's React handler cannot name them, but the DOM listener can
      // (see parentListener below).
      className="wrap"
    >
      <qwen-or-llama
        key="one"
        ref={ref}
        id="qol"
        class="brand"
        className="brand"
        style={{ maxWidth: '60rem' }}
        lang="zh-CN"
        theme="auto"
        answers={{ language: 'en', tasks: ['code'], memoryGb: 48, device: 'custom' }}
        hide={['deployment', 'device']}
        compact
        share={false}
        loading="eager"
        catalog-src="/catalog.json"
        catalog={null}
        onClick={(e) => e.currentTarget.result?.verdict.family}
        onqwen-or-llama-change={(e) => setAnswers(e.detail)}
        onqwen-or-llama-result={(e) => {
          const detail: QwenOrLlamaResultDetail = e.detail;
          const top: string[] = detail.top;
          setFamily(detail.verdict);
          return top;
        }}
        onqwen-or-llama-error={(e) => setError(e.detail)}
        data-instance="1"
        aria-label="Model selector"
      >
        <p>Fallback text for readers without JavaScript. {family} {error?.code}</p>
      </qwen-or-llama>
      <qwen-or-llama answers='{"language":"zh"}' hide="deployment device" />
      <qwen-or-llama ref={(el) => void el?.answers.language} />
      <pre>{JSON.stringify(answers)}</pre>
    </div>
  );
}

// The element and its events, outside JSX.
export function elementEvents(el: QwenOrLlamaElement, parent: HTMLDivElement): void {
  const onChange = (e: QwenOrLlamaElementEventMap['qwen-or-llama-change']): void => {
    const language: Answers['language'] = e.detail.language;
    void language;
  };
  el.addEventListener('qwen-or-llama-change', onChange);
  el.removeEventListener('qwen-or-llama-change', onChange);
  el.addEventListener('qwen-or-llama-result', (e) => {
    const family: VerdictFamily = e.detail.verdict;
    const self: QwenOrLlamaElement = e.currentTarget instanceof QwenOrLlamaElement ? e.currentTarget : el;
    void family;
    void self;
  });
  el.addEventListener('qwen-or-llama-error', function (e) {
    const message: string = e.detail.message;
    const same: QwenOrLlamaElement = this;
    void message;
    void same;
  });
  // An HTMLElement's own events still have their types; other names take a plain listener.
  el.addEventListener('click', (e) => void e.clientX);
  el.addEventListener('my-own-event', (e) => void e.type);
  // The events bubble and are composed: a parent (any HTMLElement) gets them typed too.
  parent.addEventListener('qwen-or-llama-result', (e) => void e.detail.bestQwen);
  // querySelector knows the tag.
  const found: QwenOrLlamaElement | null = document.querySelector('qwen-or-llama');
  const created: QwenOrLlamaElement = document.createElement('qwen-or-llama');
  void found;
  void created;
}

// ---------------------------------------------------------------- rejected

// @ts-expect-error -- theme is "light", "dark" or "auto"
export const badTheme = <qwen-or-llama theme="blue" />;

// @ts-expect-error -- loading is "lazy" or "eager"
export const badLoading = <qwen-or-llama loading="later" />;

// @ts-expect-error -- answers is an Answers object or its JSON text, not a number
export const badAnswersType = <qwen-or-llama answers={42} />;

// @ts-expect-error -- an answer's value is checked: "fr" is not a Language
export const badAnswersValue = <qwen-or-llama answers={{ language: 'fr' }} />;

// @ts-expect-error -- an unknown answer key (a misspelt "language") is rejected
export const badAnswersKey = <qwen-or-llama answers={{ langauge: 'zh' }} />;

// @ts-expect-error -- compact is a boolean
export const badCompact = <qwen-or-llama compact="yes" />;

// @ts-expect-error -- catalog is a catalog object or array (a URL goes in catalog-src)
export const badCatalog = <qwen-or-llama catalog="/catalog.json" />;

// @ts-expect-error -- the result event's detail has `verdict`, not `verdit`
export const badResultDetail = <qwen-or-llama onqwen-or-llama-result={(e) => e.detail.verdit} />;

// @ts-expect-error -- the change event's detail is the answers: it has no verdict
export const badChangeDetail = <qwen-or-llama onqwen-or-llama-change={(e) => e.detail.verdict} />;

// @ts-expect-error -- the error event's detail is { code, message, path }
export const badErrorDetail = <qwen-or-llama onqwen-or-llama-error={(e) => e.detail.top} />;

// @ts-expect-error -- a handler for another event's detail does not fit
export const badHandler = <qwen-or-llama onqwen-or-llama-result={(e: CustomEvent<QwenOrLlamaErrorDetail>) => e} />;

// @ts-expect-error -- React 19 listens for exactly the name after `on`: the camel-case name is not a prop
export const badCamelCase = <qwen-or-llama onQwenOrLlamaResult={() => {}} />;

// Not caught, a limit of TypeScript: a JSX attribute whose name has a dash is never checked
// against the element's props when it is not one of them (that is how data-* and aria-* pass),
// so a misspelt event name with dashes compiles.
export const misspeltDashedEvent = <qwen-or-llama onqwen-or-llama-reslt={() => {}} />;

export function BadRef(): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  // @ts-expect-error -- the ref is a QwenOrLlamaElement's
  return <qwen-or-llama ref={input} />;
}

export function badElementEvents(el: QwenOrLlamaElement, parent: HTMLDivElement): void {
  // @ts-expect-error -- the result event's detail is not the answers
  el.addEventListener('qwen-or-llama-result', (e) => e.detail.language);
  // @ts-expect-error -- the change event's detail is the answers
  el.addEventListener('qwen-or-llama-change', (e) => e.detail.verdict);
  // @ts-expect-error -- removeEventListener is typed the same way
  el.removeEventListener('qwen-or-llama-error', (e) => e.detail.verdict);
  // @ts-expect-error -- a bubbling event caught on a parent is typed too
  parent.addEventListener('qwen-or-llama-result', (e) => e.detail.verdit);
  // @ts-expect-error -- querySelector('qwen-or-llama') is a QwenOrLlamaElement: theme is checked
  document.querySelector('qwen-or-llama')!.theme = 'blue';
}
