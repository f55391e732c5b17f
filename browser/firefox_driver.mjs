// Drives Debian's Firefox ESR over WebDriver BiDi (puppeteer-core, from npm)
// for browser/engines.py: one JSON request per line on stdin, one JSON answer
// per line on stdout.
//   {"goto": url}                       -> {"ok": null}
//   {"evaluate": "async (arg) => ...", "arg": any} -> {"ok": result} or {"error": message}
//   {"viewport": {"width": w, "height": h}} -> {"ok": null}
//   {"click": css selector}             -> {"ok": null}  a real click, in the element's middle
//   {"type": text}                      -> {"ok": null}  keys typed into the focused element
//   {"press": "Control+Enter"}          -> {"ok": null}  a key, with modifiers held
// Playwright's Firefox needs a patched build of its own, a download these
// machines cannot make; the stock binary speaks WebDriver BiDi.
import { createInterface } from "node:readline";
import puppeteer from "puppeteer-core";

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
  headless: true,
});
const page = await browser.newPage();
const answer = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
answer({ ok: "ready" });

for await (const line of createInterface({ input: process.stdin })) {
  const request = JSON.parse(line);
  try {
    if ("goto" in request) {
      await page.goto(request.goto, { waitUntil: "load", timeout: 120000 });
      answer({ ok: null });
    } else if ("viewport" in request) {
      await page.setViewport(request.viewport);
      answer({ ok: null });
    } else if ("click" in request) {
      await page.click(request.click);
      answer({ ok: null });
    } else if ("type" in request) {
      await page.keyboard.type(request.type);
      answer({ ok: null });
    } else if ("press" in request) {
      const keys = request.press.split("+");
      for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
      await page.keyboard.press(keys.at(-1));
      for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
      answer({ ok: null });
    } else {
      // eslint-disable-next-line no-new-func
      const fn = new Function(`return (${request.evaluate})`)();
      answer({ ok: (await page.evaluate(fn, request.arg ?? null)) ?? null }); // undefined is no JSON
    }
  } catch (error) {
    answer({ error: String(error && error.message ? error.message : error) });
  }
}
await browser.close();
