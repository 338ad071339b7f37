//! The session, live: the hook that holds the [`Session`], runs the pure
//! [`reduce`] for every message with the browser's clock and ids, draws
//! again when the session changed, and carries out the effects after the
//! drawing (so that what they point at is on the page).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::session::{reduce, Effect, Env, Msg, Session};
use crate::platform::{ids, storage};

/// The browser's clock and cryptographic ids.
pub struct BrowserEnv;

impl Env for BrowserEnv {
    fn now(&self) -> u64 {
        storage::now()
    }

    fn new_id(&mut self, prefix: &str) -> String {
        ids::new_id(prefix)
    }
}

/// The session and the effects not yet carried out.
struct Live {
    session: Rc<Session>,
    pending: Vec<Effect>,
}

/// The session as it is now, for listeners registered once (keys, other
/// tabs) that must not act on the session of an earlier drawing.
#[derive(Clone)]
pub struct Latest(Rc<RefCell<Live>>);

impl Latest {
    pub fn get(&self) -> Rc<Session> {
        self.0.borrow().session.clone()
    }
}

impl PartialEq for Latest {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The session as drawn now, the callback every component sends its
/// messages through, and the session as it is at any later moment.
pub struct SessionHandle {
    pub session: Rc<Session>,
    pub send: Callback<Msg>,
    pub latest: Latest,
}

/// The live session. `carry_out` gets each effect once, after the drawing
/// that followed it.
#[hook]
pub fn use_session<F>(init: F, carry_out: Callback<Effect>) -> SessionHandle
where
    F: FnOnce() -> Session,
{
    let live = use_mut_ref(|| Live { session: Rc::new(init()), pending: Vec::new() });
    let redraw = use_force_update();
    let send = {
        let live = live.clone();
        let redraw = redraw.clone();
        use_memo((), move |_| {
            Callback::from(move |msg: Msg| {
                let changed = {
                    let mut l = live.borrow_mut();
                    let (next, effects) = reduce(&l.session, msg, &mut BrowserEnv);
                    let changed = !Rc::ptr_eq(&next, &l.session) || !effects.is_empty();
                    l.session = next;
                    l.pending.extend(effects);
                    changed
                };
                if changed {
                    redraw.force_update();
                }
            })
        })
    };
    {
        let live: Rc<RefCell<Live>> = live.clone();
        use_effect(move || {
            let effects = std::mem::take(&mut live.borrow_mut().pending);
            for effect in effects {
                carry_out.emit(effect);
            }
        });
    }
    let session = live.borrow().session.clone();
    SessionHandle { session, send: (*send).clone(), latest: Latest(live) }
}
