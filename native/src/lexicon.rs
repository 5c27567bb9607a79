//! Word lists: the sets come from the vocabulary file `streams/data/lexicon.toml` (passed in when the engine
//! is built); each word token gets an id and the id a bit set of the lists it belongs to.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub const UP_CUE: u64 = 1;
pub const DOWN_CUE: u64 = 1 << 1;
pub const ADV_UP: u64 = 1 << 2;
pub const ADV_DOWN: u64 = 1 << 3;
pub const FLAT_WORD: u64 = 1 << 4;
pub const FLAT_LEAD: u64 = 1 << 5;
pub const APPROX_ONE: u64 = 1 << 6;
pub const REJECT: u64 = 1 << 7;
pub const REJECT_AFTER: u64 = 1 << 8;
pub const LIST_JOINER: u64 = 1 << 9;
pub const LIGHT: u64 = 1 << 10;
pub const CLAUSE_SPLIT: u64 = 1 << 11;
pub const SPLIT_AFTER_COMMA: u64 = 1 << 12;
pub const ASIDE: u64 = 1 << 13;
pub const LEVEL_FILLER: u64 = 1 << 14;
pub const NUMBER: u64 = 1 << 15;
pub const CURRENCY: u64 = 1 << 16;
/// `_CUE_WORDS`: cues, adverbs, flat words and "changed".
pub const CUE_WORD: u64 = 1 << 17;
/// "billion", "million", "trillion", "bn", "mn", "m"
pub const BIG: u64 = 1 << 18;
/// "above", "below", "beyond", "exceeding", "than"
pub const THRESHOLD: u64 = 1 << 19;
/// "to", "from", "than", "on", "in", "with": after an adverb, not a move
pub const ADV_BLOCK: u64 = 1 << 20;
/// "over", "about", "nearly", "more", "around": ", and" before them does not start a clause
pub const AND_QUALIFIER: u64 = 1 << 21;
/// "gainers", "risers": a list header that gives its items a rise
pub const HEADER_UP: u64 = 1 << 22;
/// "losers", "laggards": a list header that gives its items a fall
pub const HEADER_DOWN: u64 = 1 << 23;
/// "in", "among": before a mention and a comma, the mention sets a scene ("In the chip sector, A and B fell")
pub const LIST_SCENE: u64 = 1 << 24;
/// "ltd", "holdings", ...: a word that ends a company's name (`proper.rs`)
pub const COMPANY_SUFFIX: u64 = 1 << 25;
/// months, places, market words ...: never a word of a name the directory lacks (`proper.rs`)
pub const NOT_NAME: u64 = 1 << 26;
/// "company", "firm", "maker": the last word of a description before a member of a list ("and banking company
/// Beta") or of an aside after one ("Alpha, a fossil fuels company, and Beta")
pub const LIST_DESCRIPTOR: u64 = 1 << 27;
/// "day", "week", "monday": the possessive of one before a nominal move makes it the subject's own ("the
/// previous day's 1.4% gain", "Monday's 0.2% slip")
pub const TIME_NOUN: u64 = 1 << 28;
/// "pulled", "sent": the figure and adverb after their object are its move ("pulled the sector 2.8% higher")
pub const CAUSATIVE: u64 = 1 << 29;
/// "sector", "performer": a noun of the role a sector plays in a predicate ("Mining was the only sector to
/// drop - it fell 0.4%", `sectors.rs`)
pub const PREDICATE_NOUN: u64 = 1 << 30;
/// "tokyo", "hong", "kong": a word of a city or country that names its market ("Tokyo fell 1%";
/// `proper_words.rs`: `place_not_market`)
pub const PLACE: u64 = 1 << 31;
/// "reaching", "reached": a verb whose object is the level the move reached ("rose 0.2%, reaching 26,834
/// points"), as "to" and "at" introduce one
pub const LEVEL_LEAD: u64 = 1 << 32;
/// "taking", "sending": a participle whose object, a reference to the instrument that moved, is led to its level
/// ("rose 0.8%, taking the index to 7,512.3"; `levels.rs`: `level_back`)
pub const LEVEL_PARTICIPLE: u64 = 1 << 33;
/// a word of a two-word hedge of the lexicon's `approx_two` ("north", "shy", "excess"): it may stand between a
/// move verb and its figure (`proper_figures.rs`)
pub const APPROX_PART: u64 = 1 << 45;

/// "escaped", "bucked", "defied": a verb whose object is a move the subject did not make ("escaped the wave of
/// declines: Alpha (1.4%), Beta (0.9%)"): the items after it move the other way (`moves.rs`)
pub const ESCAPE: u64 = 1 << 34;
/// "oil", "gold", "gas": a commodity word that may stand after the first word of a name the directory lacks
/// ("Motor Oil", "Kestrel Gold Mines"; `proper_names.rs`)
pub const NAME_COMMODITY: u64 = 1 << 35;
/// "spot", "natural", "heating": a word before a commodity word that makes the two a commodity ("Spot Gold")
pub const COMMODITY_QUALIFIER: u64 = 1 << 36;
/// "pt", "pjsc": a legal form before a company's name ("PT Kestrel Karya up 2.5%"; `proper.rs`)
pub const COMPANY_PREFIX: u64 = 1 << 37;
/// "took", "earned" / "ceded", "sold": a verb of a move in machine-translated wraps only with a figure right after
/// it (`phrasal.rs`: `bare`; the lexicon's `bare_up` and `bare_down`)
pub const BARE_UP: u64 = 1 << 38;
pub const BARE_DOWN: u64 = 1 << 39;

pub const NAMED_SETS: [(&str, u64); 33] = [
    ("up_cues", UP_CUE), ("down_cues", DOWN_CUE), ("adverbs_up", ADV_UP), ("adverbs_down", ADV_DOWN),
    ("flat_words", FLAT_WORD), ("flat_leads", FLAT_LEAD), ("approx_one", APPROX_ONE), ("reject", REJECT),
    ("reject_after", REJECT_AFTER), ("list_joiners", LIST_JOINER), ("light", LIGHT), ("clause_split", CLAUSE_SPLIT),
    ("split_after_comma", SPLIT_AFTER_COMMA), ("asides", ASIDE), ("level_fillers", LEVEL_FILLER),
    ("header_up", HEADER_UP), ("header_down", HEADER_DOWN), ("list_scene", LIST_SCENE),
    ("company_suffixes", COMPANY_SUFFIX), ("not_names", NOT_NAME), ("list_descriptors", LIST_DESCRIPTOR),
    ("time_nouns", TIME_NOUN), ("causatives", CAUSATIVE), ("predicate_nouns", PREDICATE_NOUN),
    ("places", PLACE),
    ("level_leads", LEVEL_LEAD), ("level_participles", LEVEL_PARTICIPLE), ("escapes", ESCAPE),
    ("name_commodities", NAME_COMMODITY), ("commodity_qualifiers", COMMODITY_QUALIFIER), ("company_prefixes", COMPANY_PREFIX),
    ("bare_up", BARE_UP), ("bare_down", BARE_DOWN),
];

/// Words the code names one by one.
pub const NAMED_WORDS: [&str; 75] = [
    "by", "half", "a", "per", "cent", "percent", "pct", "pc", "points", "point", "pts", "pt", "cents", "pence",
    "percentage", "basis", "bp", "bps", "am", "pm", "times", "fold", "x", "up", "down", "to", "year", "annum",
    "between", "and", "at", "from", "little", "changed", "over", "about", "nearly", "more", "around", "as",
    "much", "in", "for", "of", "the", "than", "billion", "million", "trillion", "bn", "mn", "m", "with",
    "across", "into", "high", "an", "its", "their", "among", "amid", "against", "thousand", "opened", "opening",
    "began", "started", "less", "p", "or", "c", "cps", "sen", "hit", "under",
];

#[derive(Default)]
pub struct U128Hasher(u64);

impl Hasher for U128Hasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u128(&mut self, v: u128) {
        let x = (v as u64) ^ ((v >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = x.wrapping_mul(0x51_7c_c1_b7_27_22_0a_95) ^ (x >> 29);
    }
}

/// A lower-cased ASCII word of at most 16 letters as one number (longer words are in no list).
#[inline]
pub fn pack(word: impl Iterator<Item = u8>) -> Option<u128> {
    let mut v: u128 = 0;
    for (k, b) in word.enumerate() {
        if k >= 16 {
            return None;
        }
        v |= (b as u128) << (8 * k);
    }
    Some(v)
}

#[inline]
fn slot(key: u128) -> usize {
    let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize
}

/// Phrasal verbs of a move: a head, its particle and the direction when a figure follows the particle within
/// three tokens ("Alpha put on 3.5 percent", "tacked on 2%", "gave back 1.2%", "clawed back 0.8%", "parted with
/// 6.1%").
pub const PHRASAL: [(&str, &str, u8); 16] = [
    ("put", "on", 1), ("puts", "on", 1), ("putting", "on", 1), ("tacked", "on", 1), ("tacks", "on", 1),
    ("tacking", "on", 1), ("gave", "back", 2), ("give", "back", 2), ("gives", "back", 2), ("giving", "back", 2),
    ("clawed", "back", 1), ("claws", "back", 1), ("clawing", "back", 1),
    ("parted", "with", 2), ("parts", "with", 2), ("parting", "with", 2),
];

/// Phrases after a figure that state its direction: the last word, the word before it and the direction, with
/// "in" before them ("closed 2% in the red", "ended 0.5% in positive territory": `clauses.rs`).
pub const COLOURS: [(&str, &str, u8); 4] = [
    ("green", "the", 1), ("red", "the", 2), ("territory", "positive", 1), ("territory", "negative", 2),
];

pub const OTHER_WORD: u16 = 1; // a word in no list; 0 is "not a word token"

pub struct Lexicon {
    ids: HashMap<u128, u16, BuildHasherDefault<U128Hasher>>,
    /// The same as an open-addressing table (packed word, id), key 0 = empty: a lookup is a hash and a compare.
    table: Vec<(u128, u16)>,
    mask: usize,
    pub flags: Vec<u64>,
    pub number: Vec<f64>,
    pub currency: Vec<Option<Box<str>>>,
    named: HashMap<&'static str, u16, BuildHasherDefault<U128Hasher>>,
    pub approx_two: HashSet<(u16, u16), BuildHasherDefault<U128Hasher>>,
    /// hedges after a figure ("or so", "plus": `hedges.rs`)
    pub approx_after: Vec<Vec<u16>>,
    pub forward_tails: Vec<Vec<u16>>,
}

impl Lexicon {
    pub fn new(sets: &HashMap<String, Vec<String>>, numbers: &[(String, f64)], currencies: &[(String, String)],
               approx_two: &[(String, String)], approx_after: &[Vec<String>], forward_tails: &[Vec<String>])
               -> Result<Lexicon, String> {
        let mut lex = Lexicon {
            ids: HashMap::default(),
            table: Vec::new(),
            mask: 0,
            flags: vec![0, 0],
            number: vec![f64::NAN, f64::NAN],
            currency: vec![None, None],
            named: HashMap::default(),
            approx_two: HashSet::default(),
            approx_after: Vec::new(),
            forward_tails: Vec::new(),
        };
        for (name, flag) in NAMED_SETS {
            let words = sets.get(name).ok_or_else(|| format!("lexicon set {name} missing"))?;
            for w in words {
                if let Some(id) = lex.intern(w) {
                    lex.flags[id as usize] |= flag;
                }
            }
        }
        for w in NAMED_WORDS {
            let id = lex.intern(w).expect("named word");
            lex.named.insert(w, id);
        }
        for (w, v) in numbers {
            if let Some(id) = lex.intern(w) {
                lex.flags[id as usize] |= NUMBER;
                lex.number[id as usize] = *v;
            }
        }
        for (w, code) in currencies {
            if let Some(id) = lex.intern(w) {
                lex.flags[id as usize] |= CURRENCY;
                lex.currency[id as usize] = Some(code.clone().into_boxed_str());
            }
        }
        let mark = |lex: &mut Lexicon, words: &[&str], flag: u64| {
            for w in words {
                let id = lex.intern(w).expect("word");
                lex.flags[id as usize] |= flag;
            }
        };
        mark(&mut lex, &["billion", "million", "trillion", "bn", "mn", "m"], BIG);
        mark(&mut lex, &["above", "below", "beyond", "exceeding", "than"], THRESHOLD);
        mark(&mut lex, &["to", "from", "than", "on", "in", "with"], ADV_BLOCK);
        mark(&mut lex, &["over", "about", "nearly", "more", "around"], AND_QUALIFIER);
        // ("suit": "followed suit with 0.5%", `phrasal.rs`)
        mark(&mut lex, &["changed", "above", "below", "suit"], CUE_WORD);
        // heads of phrasal verbs of a move ("put on 3%", "gave back 2%": `clauses.rs`, `PHRASAL`)
        for (head, _, _) in PHRASAL {
            mark(&mut lex, &[head], CUE_WORD);
        }
        for (last, _, _) in COLOURS {
            mark(&mut lex, &[last], CUE_WORD);
        }
        for id in 0..lex.flags.len() {
            if lex.flags[id] & (UP_CUE | DOWN_CUE | ADV_UP | ADV_DOWN | FLAT_WORD | BARE_UP | BARE_DOWN) != 0 {
                lex.flags[id] |= CUE_WORD;
            }
        }
        for (a, b) in approx_two {
            if let (Some(a), Some(b)) = (lex.intern(a), lex.intern(b)) {
                lex.approx_two.insert((a, b));
                lex.flags[a as usize] |= APPROX_PART;
                lex.flags[b as usize] |= APPROX_PART;
            }
        }
        for hedge in approx_after {
            let ids: Option<Vec<u16>> = hedge.iter().map(|w| lex.intern(w)).collect();
            if let Some(ids) = ids.filter(|ids| !ids.is_empty()) {
                lex.approx_after.push(ids);
            }
        }
        for tail in forward_tails {
            let ids: Option<Vec<u16>> = tail.iter().map(|w| lex.intern(w)).collect();
            if let Some(ids) = ids {
                lex.forward_tails.push(ids);
            }
        }
        let size = (lex.ids.len() * 4).next_power_of_two().max(64);
        lex.table = vec![(0, 0); size];
        lex.mask = size - 1;
        for (&key, &id) in &lex.ids {
            let mut k = slot(key) & lex.mask;
            while lex.table[k].0 != 0 {
                k = (k + 1) & lex.mask;
            }
            lex.table[k] = (key, id);
        }
        Ok(lex)
    }

    /// Id of a word of at most 16 lower-case ASCII letters (other words can never equal a word token).
    fn intern(&mut self, word: &str) -> Option<u16> {
        if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        let key = pack(word.bytes())?;
        if let Some(&id) = self.ids.get(&key) {
            return Some(id);
        }
        let id = self.flags.len() as u16;
        self.ids.insert(key, id);
        self.flags.push(0);
        self.number.push(f64::NAN);
        self.currency.push(None);
        Some(id)
    }

    #[inline]
    pub fn lookup(&self, packed: Option<u128>) -> u16 {
        let Some(key) = packed else { return OTHER_WORD };
        let mut k = slot(key) & self.mask;
        loop {
            let (stored, id) = self.table[k];
            if stored == key {
                return id;
            }
            if stored == 0 {
                return OTHER_WORD;
            }
            k = (k + 1) & self.mask;
        }
    }

    pub fn id(&self, word: &str) -> u16 {
        self.named[word]
    }

    #[inline]
    pub fn has(&self, wid: u16, flag: u64) -> bool {
        self.flags[wid as usize] & flag != 0
    }
}

/// Ids of the words named in the code.
pub struct W {
    pub by: u16, pub a: u16, pub per: u16, pub cent: u16, pub percent: u16, pub pct: u16, pub pc: u16,
    pub points: u16, pub point: u16, pub pts: u16, pub pt: u16, pub cents: u16, pub pence: u16,
    pub percentage: u16, pub basis: u16, pub bp: u16, pub bps: u16, pub am: u16, pub pm: u16, pub times: u16,
    pub fold: u16, pub x: u16, pub up: u16, pub down: u16, pub to: u16, pub year: u16, pub annum: u16,
    pub between: u16, pub and: u16, pub at: u16, pub from: u16, pub little: u16, pub changed: u16,
    pub as_: u16, pub much: u16, pub in_: u16, pub of: u16, pub across: u16, pub the: u16, pub into: u16,
    pub high: u16, pub an: u16, pub its: u16, pub their: u16, pub for_: u16, pub among: u16, pub amid: u16,
    pub against: u16,
    pub thousand: u16, pub opened: u16, pub opening: u16, pub began: u16, pub started: u16,
    pub less: u16, pub than: u16, pub p: u16, pub or: u16, pub c: u16, pub cps: u16, pub sen: u16,
    pub million: u16, pub hit: u16, pub under: u16,
}

impl W {
    pub fn new(l: &Lexicon) -> W {
        W {
            by: l.id("by"), a: l.id("a"), per: l.id("per"), cent: l.id("cent"),
            percent: l.id("percent"), pct: l.id("pct"), pc: l.id("pc"), points: l.id("points"), point: l.id("point"),
            pts: l.id("pts"), pt: l.id("pt"), cents: l.id("cents"), pence: l.id("pence"),
            percentage: l.id("percentage"), basis: l.id("basis"), bp: l.id("bp"), bps: l.id("bps"), am: l.id("am"),
            pm: l.id("pm"), times: l.id("times"), fold: l.id("fold"), x: l.id("x"), up: l.id("up"),
            down: l.id("down"), to: l.id("to"), year: l.id("year"), annum: l.id("annum"), between: l.id("between"),
            and: l.id("and"), at: l.id("at"), from: l.id("from"), little: l.id("little"), changed: l.id("changed"),
            as_: l.id("as"), much: l.id("much"), in_: l.id("in"), of: l.id("of"),
            across: l.id("across"), the: l.id("the"), into: l.id("into"), high: l.id("high"),
            an: l.id("an"), its: l.id("its"), their: l.id("their"), for_: l.id("for"), among: l.id("among"),
            amid: l.id("amid"), against: l.id("against"),
            thousand: l.id("thousand"), opened: l.id("opened"), opening: l.id("opening"), began: l.id("began"),
            started: l.id("started"), less: l.id("less"), than: l.id("than"),
            p: l.id("p"), or: l.id("or"), c: l.id("c"), cps: l.id("cps"), sen: l.id("sen"),
            million: l.id("million"), hit: l.id("hit"), under: l.id("under"),
        }
    }
}
