// Demo page only: shows that the host page hears the widget's events.
const log = document.getElementById('host-log');
const main = document.getElementById('main-widget');
if (log && main) {
  main.addEventListener('qwen-or-llama-result', (e) => {
    const { verdict, top, bestQwen, bestLlama } = e.detail;
    log.textContent = `The page heard qwen-or-llama-result: verdict "${verdict}", best Qwen ${bestQwen ?? 'none'}, best Llama ${bestLlama ?? 'none'}, top 3: ${top.slice(0, 3).join(', ')}.`;
  });
}
