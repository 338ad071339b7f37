//! Cards from a spreadsheet: rows of a CSV file, or cells copied from a
//! spreadsheet and pasted (tab-separated), read into cards for the board.
//!
//! The first row names the columns, in any language the caller hands words
//! for (Dutch and English in the app), in any case:
//!
//! - **kind** (`Soort`), **party** (`Partij`) and **text** (`Tekst`): one card
//!   per row;
//! - a column named after a kind (`Belang`, `Wens`, `Doel`, `Actie`, `Feit`,
//!   or their plurals) holds the text of a card of that kind, so a survey
//!   sheet with a column per question gives a card per answer;
//! - **source** (`Bron`) for facts; **owner(s)** (`Eigenaar`, `Eigenaren`)
//!   and **status** for actions;
//! - any other column is a party's commitments when it is named after a
//!   party on the board, or every cell in it is a commitment word, as in the
//!   actions CSV the app exports, which so comes back as the same actions;
//!   else it is left out, and said so.
//!
//! Each row that cannot become cards is reported with its line and its
//! reason; the others come in. Parties named that the board does not have
//! are listed, for the person to choose which to create. Nothing here
//! changes a board: [`Rows::actions`] gives the change, as one batch.

use super::action::Action;
use super::colour::next_party_colour;
use super::export::csv::{BOM, FORMULA_STARTS};
use super::geometry::Point;
use super::card_size::fitted_height;
use super::model::{ActionStatus, Board, Card, CardId, CardKind, Commitment, Party, PartyId, CARD_SIZE};

/// The most text read at once (a spreadsheet of survey answers is far smaller).
pub const MAX_ROWS_BYTES: usize = 5 * 1024 * 1024;
/// The most cards one reading brings: more would bury the board.
pub const MAX_ROW_CARDS: usize = 2_000;

/// The words the rows may use, in one language.
#[derive(Clone, Debug)]
pub struct RowWords {
    /// Column names for a card's kind, party and text.
    pub kind: &'static str,
    pub party: &'static str,
    pub text: &'static str,
    /// Column names for a fact's source, an action's owner(s) and status.
    pub source: &'static str,
    pub owner: &'static str,
    pub owners: &'static str,
    pub status: &'static str,
    /// Each addable kind's name and its plural, in [`CardKind::ADDABLE`]'s order.
    pub kinds: [(&'static str, &'static str); 5],
    /// Each status's name, in [`ActionStatus::ALL`]'s order.
    pub statuses: [&'static str; 4],
    /// Each commitment's name, in [`Commitment::ALL`]'s order.
    pub commitments: [&'static str; 4],
}

/// Why the rows could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowsError {
    /// Nothing but empty rows.
    Empty,
    /// More than [`MAX_ROWS_BYTES`].
    TooLarge,
    /// The first row names no column this reader knows.
    NoColumns,
    /// A file that is not text in UTF-8 (or UTF-16 with its byte order
    /// mark, as spreadsheets save "Unicode text").
    NotText,
}

/// Why one row brought no card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowReason {
    /// The kind column says something that is not a kind.
    UnknownKind(String),
    /// Text but no kind: the row has no kind column value.
    NoKind,
    /// A kind but no text.
    NoText,
    /// An interest, wish or goal without a party.
    NoParty,
    /// The status column says something that is not a status.
    UnknownStatus(String),
    /// A party's commitment column says something that is not a commitment.
    UnknownCommitment { party: String, found: String },
    /// More than [`MAX_ROW_CARDS`] cards: this row and the rest stay out.
    TooMany,
}

/// A row that brought no card, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The row's line in the text, counting from 1 (the column names' line).
    pub line: u64,
    pub reason: RowReason,
}

/// A party a row names: one on the board, or a new one by its place in
/// [`Rows::new_parties`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartyRef {
    Known(PartyId),
    New(usize),
}

/// A card a row brings.
#[derive(Clone, Debug, PartialEq)]
pub struct RowCard {
    pub line: u64,
    pub kind: CardKind,
    pub text: String,
    pub party: Option<PartyRef>,
    pub source: Option<String>,
    pub owners: Vec<PartyRef>,
    pub status: Option<ActionStatus>,
    pub commitments: Vec<(PartyRef, Commitment)>,
}

/// What the rows bring.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rows {
    pub cards: Vec<RowCard>,
    pub problems: Vec<RowProblem>,
    /// Names of parties the rows name that the board does not have, as first written.
    pub new_parties: Vec<String>,
    /// Names of the columns left out.
    pub ignored: Vec<String>,
}

/// What a column holds.
#[derive(Clone, Debug, PartialEq)]
enum Column {
    Kind,
    Party,
    Text,
    /// The text of a card of this kind.
    TextOf(CardKind),
    Source,
    Owners,
    Status,
    /// This party's commitment to the row's action.
    Commitment(String),
    Ignored,
}

/// Compares words as people write them in a header or a cell: trimmed,
/// without a closing colon, in any case.
fn same(cell: &str, word: &str) -> bool {
    let cell = cell.trim();
    let cell = cell.strip_suffix(':').unwrap_or(cell).trim_end();
    cell.to_lowercase() == word.to_lowercase()
}

/// The text of a cell as written, without what the app's CSV export puts
/// before a cell a spreadsheet would run as a formula.
fn cell_text(cell: &str) -> &str {
    let cell = cell.trim();
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// The separator of the text: a tab when the first line has one (cells
/// pasted from a spreadsheet), else `;` when the first line has more of them
/// than commas (CSV from a Dutch spreadsheet), else a comma.
fn separator(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.contains('\t') {
        b'\t'
    } else if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// A record: the line it starts on, counting from 1, and its fields.
type Record = (u64, Vec<String>);

/// The records of `text` as RFC 4180 reads them with `delimiter` between
/// fields (quoted fields may hold the delimiter, quotes doubled and line
/// breaks), blank lines skipped. A quote left open takes the rest of the
/// text into its field, so nothing is dropped unseen.
fn records(text: &str, delimiter: u8) -> Vec<Record> {
    use csv_core::ReadRecordResult;
    let mut reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let mut input = text.as_bytes();
    // A record's fields are never longer than the text they come from.
    let mut out = vec![0u8; input.len() + 1];
    let mut ends = vec![0usize; 32];
    let (mut written, mut fields) = (0, 0);
    let (mut line, mut start) = (1u64, None);
    let mut records = Vec::new();
    loop {
        if start.is_none() {
            let blank = input.iter().take_while(|b| matches!(b, b'\n' | b'\r')).count();
            line += input[..blank].iter().filter(|b| **b == b'\n').count() as u64;
            input = &input[blank..];
            start = Some(line);
        }
        let (result, read, wrote, ended) = reader.read_record(input, &mut out[written..], &mut ends[fields..]);
        line += input[..read].iter().filter(|b| **b == b'\n').count() as u64;
        input = &input[read..];
        written += wrote;
        fields += ended;
        match result {
            ReadRecordResult::InputEmpty => {}
            ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                let mut from = 0;
                let record = ends[..fields]
                    .iter()
                    .map(|&end| {
                        // Quotes and separators are ASCII: a field of UTF-8 text is UTF-8.
                        let field = std::str::from_utf8(&out[from..end]).unwrap_or_default().to_owned();
                        from = end;
                        field
                    })
                    .collect();
                records.push((start.take().unwrap_or(line), record));
                (written, fields) = (0, 0);
            }
            ReadRecordResult::End => return records,
        }
    }
}

/// Reads a file's bytes as [`read_rows`] reads text: UTF-8, or UTF-16
/// when the file starts with its byte order mark.
pub fn read_row_bytes(bytes: &[u8], board: &Board, words: &[RowWords]) -> Result<Rows, RowsError> {
    if bytes.len() > MAX_ROWS_BYTES {
        return Err(RowsError::TooLarge);
    }
    let utf16 = |bytes: &[u8], unit: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
        String::from_utf16(&units).map_err(|_| RowsError::NotText)
    };
    let text = match bytes {
        [0xff, 0xfe, rest @ ..] => utf16(rest, u16::from_le_bytes)?,
        [0xfe, 0xff, rest @ ..] => utf16(rest, u16::from_be_bytes)?,
        _ => String::from_utf8(bytes.to_vec()).map_err(|_| RowsError::NotText)?,
    };
    read_rows(&text, board, words)
}

/// Reads `text` against `board` with column names and values in any of
/// `words`' languages.
pub fn read_rows(text: &str, board: &Board, words: &[RowWords]) -> Result<Rows, RowsError> {
    if text.len() > MAX_ROWS_BYTES {
        return Err(RowsError::TooLarge);
    }
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut records = records(text, separator(text))
        .into_iter()
        .filter(|(_, fields)| fields.iter().any(|c| !c.trim().is_empty()));
    let (_, header) = records.next().ok_or(RowsError::Empty)?;
    let body: Vec<Record> = records.collect();

    let mut rows = Rows::default();
    let columns: Vec<Column> = header
        .iter()
        .enumerate()
        .map(|(i, name)| column(name, i, &body, board, words))
        .collect();
    if !columns.iter().any(|c| matches!(c, Column::Text | Column::TextOf(_))) {
        return Err(RowsError::NoColumns);
    }
    rows.ignored = header
        .iter()
        .zip(&columns)
        .filter(|(name, c)| **c == Column::Ignored && !name.trim().is_empty())
        .map(|(name, _)| name.trim().to_owned())
        .collect();

    for (line, record) in &body {
        let line = *line;
        if rows.cards.len() >= MAX_ROW_CARDS {
            rows.problems.push(RowProblem { line, reason: RowReason::TooMany });
            continue;
        }
        // A row names new parties only when it brings cards.
        let known = rows.new_parties.len();
        match row_cards(record, line, &columns, board, words, &mut rows.new_parties) {
            Ok(cards) => rows.cards.extend(cards),
            Err(reason) => {
                rows.new_parties.truncate(known);
                rows.problems.push(RowProblem { line, reason });
            }
        }
    }
    Ok(rows)
}

fn column(name: &str, index: usize, body: &[Record], board: &Board, words: &[RowWords]) -> Column {
    let any = |pick: fn(&RowWords) -> &'static str| words.iter().any(|w| same(name, pick(w)));
    if name.trim().is_empty() {
        return Column::Ignored;
    }
    if any(|w| w.kind) {
        return Column::Kind;
    }
    if any(|w| w.party) {
        return Column::Party;
    }
    if any(|w| w.text) {
        return Column::Text;
    }
    if any(|w| w.source) {
        return Column::Source;
    }
    if any(|w| w.owner) || any(|w| w.owners) {
        return Column::Owners;
    }
    if any(|w| w.status) {
        return Column::Status;
    }
    if let Some(kind) = kind_named(name, words) {
        return Column::TextOf(kind);
    }
    let party = name.trim().to_owned();
    let cells = || body.iter().filter_map(|(_, r)| r.get(index)).filter(|c| !c.trim().is_empty());
    if known_party(board, &party).is_some()
        || (cells().next().is_some() && cells().all(|c| commitment_named(c, words).is_some()))
    {
        return Column::Commitment(party);
    }
    Column::Ignored
}

fn kind_named(cell: &str, words: &[RowWords]) -> Option<CardKind> {
    words.iter().find_map(|w| {
        CardKind::ADDABLE
            .iter()
            .zip(&w.kinds)
            .find(|(_, (one, many))| same(cell, one) || same(cell, many))
            .map(|(kind, _)| *kind)
    })
}

fn status_named(cell: &str, words: &[RowWords]) -> Option<ActionStatus> {
    words.iter().find_map(|w| ActionStatus::ALL.iter().zip(&w.statuses).find(|(_, s)| same(cell, s)).map(|(s, _)| *s))
}

fn commitment_named(cell: &str, words: &[RowWords]) -> Option<Commitment> {
    words
        .iter()
        .find_map(|w| Commitment::ALL.iter().zip(&w.commitments).find(|(_, c)| same(cell, c)).map(|(c, _)| *c))
}

/// The party on the board called `name`, in full or on its cards, in any case.
fn known_party(board: &Board, name: &str) -> Option<PartyId> {
    board
        .parties
        .iter()
        .find(|p| same(name, &p.name) || (!p.short_name.is_empty() && same(name, &p.short_name)))
        .map(|p| p.id.clone())
}

/// The party `name` stands for, adding it to `new` when the board has none of that name.
fn party_ref(board: &Board, name: &str, new: &mut Vec<String>) -> Option<PartyRef> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    if let Some(id) = known_party(board, name) {
        return Some(PartyRef::Known(id));
    }
    let at = match new.iter().position(|n| same(name, n)) {
        Some(at) => at,
        None => {
            new.push(name.to_owned());
            new.len() - 1
        }
    };
    Some(PartyRef::New(at))
}

/// The cards of one row, or why it brings none. The parties it names that
/// the board lacks go onto `new_parties` (the caller takes them back off
/// when the row brings none).
fn row_cards(
    record: &[String],
    line: u64,
    columns: &[Column],
    board: &Board,
    words: &[RowWords],
    new_parties: &mut Vec<String>,
) -> Result<Vec<RowCard>, RowReason> {
    let cell = |want: &Column| columns.iter().position(|c| c == want).and_then(|i| record.get(i)).map(|c| cell_text(c));
    let filled = |want: &Column| cell(want).filter(|c| !c.is_empty());

    let kind = match filled(&Column::Kind) {
        Some(k) => Some(kind_named(k, words).ok_or_else(|| RowReason::UnknownKind(k.to_owned()))?),
        None => None,
    };
    let party = filled(&Column::Party).and_then(|p| party_ref(board, p, new_parties));
    let status = match filled(&Column::Status) {
        Some(s) => Some(status_named(s, words).ok_or_else(|| RowReason::UnknownStatus(s.to_owned()))?),
        None => None,
    };
    let owners: Vec<PartyRef> = filled(&Column::Owners)
        .map(|o| o.split([';', '\n']).filter_map(|name| party_ref(board, name, new_parties)).collect())
        .unwrap_or_default();
    let mut commitments = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        let Column::Commitment(name) = c else { continue };
        let Some(value) = record.get(i).map(|c| cell_text(c)).filter(|v| !v.is_empty()) else { continue };
        let commitment = commitment_named(value, words)
            .ok_or_else(|| RowReason::UnknownCommitment { party: name.clone(), found: value.to_owned() })?;
        if let Some(p) = party_ref(board, name, new_parties) {
            commitments.push((p, commitment));
        }
    }
    let source = filled(&Column::Source).map(str::to_owned);

    // One card from the kind and text columns, one per kind-named column.
    let mut texts: Vec<(CardKind, &str)> = Vec::new();
    match (kind, filled(&Column::Text)) {
        (Some(kind), Some(text)) => texts.push((kind, text)),
        (Some(_), None) if !columns.iter().any(|c| matches!(c, Column::TextOf(_))) => return Err(RowReason::NoText),
        (None, Some(_)) => return Err(RowReason::NoKind),
        _ => {}
    }
    for (i, c) in columns.iter().enumerate() {
        if let Column::TextOf(kind) = c {
            if let Some(text) = record.get(i).map(|c| cell_text(c)).filter(|t| !t.is_empty()) {
                texts.push((*kind, text));
            }
        }
    }
    if texts.is_empty() {
        let per_kind = columns.iter().any(|c| matches!(c, Column::TextOf(_)));
        return Err(if kind.is_some() || per_kind { RowReason::NoText } else { RowReason::NoKind });
    }
    if party.is_none() && texts.iter().any(|(k, _)| k.belongs_to_party()) {
        return Err(RowReason::NoParty);
    }
    Ok(texts
        .into_iter()
        .map(|(kind, text)| {
            let action = kind == CardKind::Action;
            RowCard {
                line,
                kind,
                text: text.to_owned(),
                party: party.clone().filter(|_| kind.belongs_to_party()),
                source: source.clone().filter(|_| kind == CardKind::Fact),
                owners: if action { owners.clone() } else { Vec::new() },
                status: status.filter(|_| action),
                commitments: if action { commitments.clone() } else { Vec::new() },
            }
        })
        .collect())
}

/// Whether a card comes in when the new parties ticked in `create` are
/// created: a card of a new party only with its party.
fn comes(card: &RowCard, create: &[bool]) -> bool {
    match &card.party {
        Some(PartyRef::New(at)) => create.get(*at).copied().unwrap_or(false),
        _ => true,
    }
}

impl Rows {
    /// How many cards [`Rows::actions`] brings with the new parties ticked in `create`.
    pub fn coming(&self, create: &[bool]) -> usize {
        self.cards.iter().filter(|c| comes(c, create)).count()
    }

    /// The change that brings the cards onto `board`, as one batch: first
    /// the new parties ticked in `create` (one tick per [`Rows::new_parties`]),
    /// then the cards, in a grid to the right of the board in row order.
    /// Each card is as tall as its text needs. A card of a party not
    /// created stays out; an owner or commitment of one is left off.
    /// `new_id` gives each new party (`p`) and card (`c`) its id. Also
    /// gives the ids of the new cards.
    pub fn actions(
        &self,
        board: &Board,
        create: &[bool],
        new_id: &mut dyn FnMut(&str) -> String,
    ) -> (Action, Vec<CardId>) {
        let mut actions = Vec::new();
        let mut ids: Vec<Option<PartyId>> = vec![None; self.new_parties.len()];
        let mut parties = board.parties.clone();
        for (at, name) in self.new_parties.iter().enumerate() {
            if !create.get(at).copied().unwrap_or(false) {
                continue;
            }
            let party = Party::new(PartyId(new_id("p")), name.clone(), next_party_colour(&parties));
            ids[at] = Some(party.id.clone());
            parties.push(party.clone());
            actions.push(Action::AddParty(party));
        }
        let resolve = |p: &PartyRef| match p {
            PartyRef::Known(id) => Some(id.clone()),
            PartyRef::New(at) => ids.get(*at).cloned().flatten(),
        };
        // The parties' names make a card's header as tall as it is.
        let named = Board { id: String::new(), title: String::new(), challenge: String::new(), parties, cards: Vec::new(), links: Vec::new() };
        let mut cards: Vec<Card> = self
            .cards
            .iter()
            .filter(|row| comes(row, create))
            .map(|row| {
                let mut card = Card::new(CardId(new_id("c")), row.kind, row.text.clone(), Point::default());
                card.party = row.party.as_ref().and_then(resolve);
                if row.kind == CardKind::Fact {
                    card.source = Some(row.source.clone().unwrap_or_default());
                }
                for owner in row.owners.iter().filter_map(resolve) {
                    if !card.owners.contains(&owner) {
                        card.owners.push(owner);
                    }
                }
                if row.kind == CardKind::Action {
                    card.status = Some(row.status.unwrap_or_default());
                }
                for (party, commitment) in &row.commitments {
                    if let Some(party) = resolve(party).filter(|_| *commitment != Commitment::NotAsked) {
                        card.commitments.insert(party, *commitment);
                    }
                }
                card.height = card.height.max(fitted_height(&named, &card));
                card
            })
            .collect();
        place_beside(board, &mut cards);
        let card_ids = cards.iter().map(|c| c.id.clone()).collect();
        actions.extend(cards.into_iter().map(Action::AddCard));
        (Action::Batch(actions), card_ids)
    }
}

/// Puts `cards` in a grid to the right of everything on `board`, in their
/// order, as square as it can be, each row as tall as its tallest card, so
/// they cover nothing already there.
fn place_beside(board: &Board, cards: &mut [Card]) {
    const GAP: f64 = 24.0;
    let bounds = board.bounds();
    let left = bounds.map_or(0.0, |b| b.x + b.width) + 3.0 * GAP;
    let mut top = bounds.map_or(0.0, |b| b.y);
    let columns = (cards.len() as f64).sqrt().ceil().max(1.0) as usize;
    for row in cards.chunks_mut(columns) {
        let mut x = left;
        for card in row.iter_mut() {
            (card.x, card.y) = (x, top);
            x += card.width + GAP;
        }
        top += row.iter().map(|c| c.height).fold(CARD_SIZE.height, f64::max) + GAP;
    }
}
