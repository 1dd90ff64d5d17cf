/// Just enough of a browser, in JavaScript, for the explorer's script to run under Node: the
/// elements of the page's markup (found by their `id`), the elements the script creates, events,
/// local storage, the location hash, and a `fetch` the scenario answers.
///
/// It is no browser: layout, CSS and real events are not simulated. What it proves is that the
/// script starts, sends what it should, and builds the schema browser and the result from the
/// answers. The scenario runs in the same module as the page's script, so it can read the
/// script's own state (`schema`) and call its functions.
enum FakeBrowser {
    /// The module prelude: defines the fake globals from `MARKUP` (a string the caller prepends).
    static let prelude = #"""
        class FakeText {
          constructor(text) { this.text = String(text); this.parentElement = null; }
          get textContent() { return this.text; }
        }

        class FakeFragment {
          constructor() { this.childNodes = []; }
          append(...nodes) { for (const node of nodes) this.childNodes.push(node); }
        }

        const registry = new Map();

        class FakeClassList {
          constructor(element) { this.element = element; }
          get names() { return this.element.className.split(/\s+/).filter((name) => name !== ""); }
          add(name) { if (!this.contains(name)) this.element.className = [...this.names, name].join(" "); }
          remove(name) { this.element.className = this.names.filter((other) => other !== name).join(" "); }
          toggle(name, force) { if (force ?? !this.contains(name)) this.add(name); else this.remove(name); }
          contains(name) { return this.names.includes(name); }
        }

        class FakeElement {
          constructor(tag) {
            this.tagName = tag.toUpperCase();
            this.attributes = new Map();
            this.childNodes = [];
            this.parentElement = null;
            this.listeners = {};
            this.classList = new FakeClassList(this);
            this.hidden = false; this.value = ""; this.disabled = false; this.type = ""; this.title = "";
            this.scrollTop = 0; this.scrollLeft = 0; this.selectionStart = 0; this.selectionEnd = 0;
          }
          get id() { return this.getAttribute("id") || ""; }
          set id(value) { this.setAttribute("id", value); }
          get className() { return this.attributes.get("class") || ""; }
          set className(value) { this.attributes.set("class", String(value)); }
          setAttribute(name, value) {
            this.attributes.set(name, String(value));
            if (name === "id") registry.set(String(value), this);
          }
          getAttribute(name) { return this.attributes.has(name) ? this.attributes.get(name) : null; }
          append(...nodes) {
            for (const node of nodes) {
              if (node instanceof FakeFragment) { this.append(...node.childNodes); continue; }
              const child = node instanceof FakeElement || node instanceof FakeText ? node : new FakeText(node);
              child.parentElement = this;
              this.childNodes.push(child);
            }
          }
          replaceChildren(...nodes) { this.childNodes = []; this.append(...nodes); }
          get textContent() { return this.childNodes.map((child) => child.textContent).join(""); }
          set textContent(value) { this.childNodes = []; if (value !== "") this.append(String(value)); }
          addEventListener(type, listener) { (this.listeners[type] ||= []).push(listener); }
          dispatchEvent(event) { for (const listener of this.listeners[event.type] || []) listener(event); return true; }
          click() { this.dispatchEvent({ type: "click", preventDefault() {} }); }
          focus() {}
          select() { this.selectionStart = 0; this.selectionEnd = this.value.length; }
          setSelectionRange(start, end) { this.selectionStart = start; this.selectionEnd = end; }
          setRangeText(text, start, end) {
            this.value = this.value.slice(0, start) + text + this.value.slice(end);
            this.selectionStart = this.selectionEnd = start + text.length;
          }
          scrollIntoView() {}
          /** Every element below this one, depth first. */
          all() {
            return this.childNodes.filter((child) => child instanceof FakeElement).flatMap((child) => [child, ...child.all()]);
          }
        }

        const listeners = {};
        globalThis.document = {
          getElementById: (id) => registry.get(id) || null,
          createElement: (tag) => new FakeElement(tag),
          createDocumentFragment: () => new FakeFragment(),
          execCommand: () => false,
          addEventListener: (type, listener) => { (listeners["document:" + type] ||= []).push(listener); },
        };
        const stored = new Map();
        globalThis.window = globalThis;
        const fakeStorage = {
          getItem: (key) => stored.has(key) ? stored.get(key) : null,
          setItem: (key, value) => { stored.set(key, String(value)); },
          removeItem: (key) => { stored.delete(key); },
        };
        Object.defineProperty(globalThis, "localStorage", { value: fakeStorage, configurable: true });
        globalThis.addEventListener = (type, listener) => { (listeners["window:" + type] ||= []).push(listener); };
        globalThis.location = { hash: "", pathname: "/", search: "" };
        globalThis.history = { pushState: () => { location.hash = ""; } };
        Object.defineProperty(globalThis, "navigator", { value: { platform: "Linux x86_64", userAgent: "fake" }, configurable: true });
        globalThis.requestAnimationFrame = (callback) => setTimeout(callback, 0);
        globalThis.getComputedStyle = () => ({ lineHeight: "20px" });
        const fire = (target, type, properties = {}) => {
          for (const listener of listeners[target + ":" + type] || []) listener({ type, preventDefault() {}, ...properties });
        };

        // The page's markup: one element per id, with its tag, `hidden`, `type` and `class`;
        // a painted copy (`…-paint`) gets the editor around it as its parent.
        for (const match of MARKUP.matchAll(/<(\w+)([^>]*)\bid="([^"]+)"([^>]*)>/g)) {
          const element = new FakeElement(match[1]);
          element.id = match[3];
          const attributes = match[2] + match[4];
          element.hidden = /\shidden\b/.test(attributes);
          element.type = (/\btype="([^"]+)"/.exec(attributes) || [])[1] || "";
          element.className = (/\bclass="([^"]+)"/.exec(attributes) || [])[1] || "";
          if (element.id.endsWith("-paint")) new FakeElement("div").append(element);
        }

        const calls = [];
        let answer = () => ({ status: 200, body: { data: {} } });
        globalThis.fetch = async (url, init) => {
          const call = { url, method: init.method, headers: init.headers, body: JSON.parse(init.body) };
          calls.push(call);
          const { status, body } = answer(call);
          const text = typeof body === "string" ? body : JSON.stringify(body);
          return { status, statusText: "", text: async () => text };
        };
        const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

        """#
}
