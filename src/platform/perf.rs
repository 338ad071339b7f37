//! User-timing marks for the performance bench: the page can observe how
//! long the app's own work (such as autosave) takes, with a
//! `PerformanceObserver` for `measure` entries. Harmless where the browser
//! lacks the API.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn perf_now() -> f64;
    #[wasm_bindgen(catch, js_namespace = performance, js_name = measure)]
    fn perf_measure(name: &str, options: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = performance, js_name = clearMeasures)]
    fn perf_clear_measures(name: &str) -> Result<JsValue, JsValue>;
}

/// Runs `work` and records it as a user-timing measure named `name`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let start = perf_now();
    let out = work();
    let options = js_sys::Object::new();
    if js_sys::Reflect::set(&options, &"start".into(), &start.into()).is_ok() && perf_measure(name, &options).is_ok() {
        // Observers have it now; keep the timeline from growing.
        let _ = perf_clear_measures(name);
    }
    out
}
