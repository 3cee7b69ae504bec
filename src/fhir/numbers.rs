//! FHIR decimals keep the precision they were written with: `1.50` is not `1.5`, and
//! `123456789012345678901234567890123456789` is not `1.2345678901234567e38`. The stored,
//! served JSON is produced from a `serde_json::Value`, whose numbers are `f64`; this puts
//! each number back as the received JSON wrote it, wherever the served resource has the
//! same number at the same place (a reference rewritten or an id set changes strings, never
//! numbers).

/// A JSON value as written: numbers and strings keep their text.
enum Lexed<'a> {
    Scalar(&'a str),
    Number(&'a str),
    Array(Vec<Lexed<'a>>),
    Object(Vec<(&'a str, Lexed<'a>)>),
}

/// `served` with every number written as `original` wrote the same number at the same place.
/// Either text that is not JSON leaves `served` as it is.
pub fn with_original_numbers(original: &str, served: String) -> String {
    if !has_lossy_number(original) {
        return served;
    }
    let (Some(orig), Some(out)) = (parse(original), parse(&served)) else {
        return served;
    };
    let mut text = String::with_capacity(served.len() + 16);
    write(&out, Some(&orig), &mut text);
    text
}

/// Whether any number of `json` is written in a way `f64` does not print back: an exponent,
/// more than 15 significant digits, or a fraction ending in zero (`1.50`).
fn has_lossy_number(json: &str) -> bool {
    let bytes = json.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < bytes.len() && matches!(bytes[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    i += 1;
                }
                let token = &json[start..i];
                let digits = token.bytes().filter(u8::is_ascii_digit).count();
                if token.contains(['e', 'E']) || digits > 15 || (token.contains('.') && token.ends_with('0')) {
                    return true;
                }
            }
            _ => i += 1,
        }
    }
    false
}

fn parse(text: &str) -> Option<Lexed<'_>> {
    let mut p = Parser { text, at: 0 };
    let value = p.value(0)?;
    p.space();
    (p.at == text.len()).then_some(value)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Parser<'a> {
    fn space(&mut self) {
        while self.text.as_bytes().get(self.at).is_some_and(|b| b.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Option<Lexed<'a>> {
        if depth > 128 {
            return None;
        }
        self.space();
        let bytes = self.text.as_bytes();
        match *bytes.get(self.at)? {
            b'{' => {
                self.at += 1;
                let mut members = Vec::new();
                loop {
                    self.space();
                    if bytes.get(self.at) == Some(&b'}') {
                        self.at += 1;
                        return Some(Lexed::Object(members));
                    }
                    if !members.is_empty() {
                        (bytes.get(self.at) == Some(&b',')).then_some(())?;
                        self.at += 1;
                        self.space();
                    }
                    let key = self.string()?;
                    self.space();
                    (bytes.get(self.at) == Some(&b':')).then_some(())?;
                    self.at += 1;
                    members.push((key, self.value(depth + 1)?));
                }
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.space();
                    if bytes.get(self.at) == Some(&b']') {
                        self.at += 1;
                        return Some(Lexed::Array(items));
                    }
                    if !items.is_empty() {
                        (bytes.get(self.at) == Some(&b',')).then_some(())?;
                        self.at += 1;
                    }
                    items.push(self.value(depth + 1)?);
                }
            }
            b'"' => self.string().map(Lexed::Scalar),
            b'-' | b'0'..=b'9' => {
                let start = self.at;
                while bytes.get(self.at).is_some_and(|b| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
                    self.at += 1;
                }
                Some(Lexed::Number(&self.text[start..self.at]))
            }
            _ => {
                let start = self.at;
                while bytes.get(self.at).is_some_and(u8::is_ascii_alphabetic) {
                    self.at += 1;
                }
                let word = &self.text[start..self.at];
                ["true", "false", "null"].contains(&word).then_some(Lexed::Scalar(word))
            }
        }
    }

    /// A string with its quotes, as written.
    fn string(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        (bytes.get(self.at) == Some(&b'"')).then_some(())?;
        let start = self.at;
        self.at += 1;
        while *bytes.get(self.at)? != b'"' {
            self.at += if bytes[self.at] == b'\\' { 2 } else { 1 };
        }
        self.at += 1;
        self.text.get(start..self.at)
    }
}

/// The same number: equal as `f64` up to the last bit or two (serde_json's parser does not
/// always round a 39-digit integer as the standard library does).
fn same_number(a: &str, b: &str) -> bool {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => x == y || (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs()),
        _ => false,
    }
}

fn write(served: &Lexed, original: Option<&Lexed>, out: &mut String) {
    match served {
        Lexed::Scalar(s) => out.push_str(s),
        Lexed::Number(n) => match original {
            Some(Lexed::Number(o)) if same_number(n, o) => out.push_str(o),
            _ => out.push_str(n),
        },
        Lexed::Array(items) => {
            let orig = match original {
                Some(Lexed::Array(o)) if o.len() == items.len() => Some(o),
                _ => None,
            };
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, orig.map(|o| &o[i]), out);
            }
            out.push(']');
        }
        Lexed::Object(members) => {
            let orig = match original {
                Some(Lexed::Object(o)) => Some(o),
                _ => None,
            };
            out.push('{');
            for (i, (key, value)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(key);
                out.push(':');
                let same = orig.and_then(|o| o.iter().find(|(k, _)| k == key).map(|(_, v)| v));
                write(value, same, out);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn served(original: &str) -> String {
        let value: serde_json::Value = serde_json::from_str(original).unwrap();
        with_original_numbers(original, serde_json::to_string(&value).unwrap())
    }

    #[test]
    fn decimals_keep_their_written_precision() {
        let original = r#"{"resourceType": "Observation", "valueQuantity": {"value": 123456789012345678901234567890123456789},
            "component": [{"valueQuantity": {"value": 1e-400}}, {"valueQuantity": {"value": 1.50}}, {"valueInteger": 3}],
            "note": [{"text": "1.50 \"quoted\" 2e5"}]}"#;
        let text = served(original);
        assert!(text.contains(r#""value":123456789012345678901234567890123456789"#), "{text}");
        assert!(text.contains(r#""value":1e-400"#) && text.contains(r#""value":1.50"#), "{text}");
        assert!(text.contains(r#""valueInteger":3"#) && text.contains(r#""text":"1.50 \"quoted\" 2e5""#), "{text}");
        // Still JSON, and the same values.
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["component"][1]["valueQuantity"]["value"], 1.5);
    }

    #[test]
    fn a_number_changed_or_moved_is_served_as_it_is_now() {
        let original = r#"{"a": 1.50, "b": [1.50, 2.50]}"#;
        let now = r#"{"a":1.6,"b":[1.5],"c":2.5}"#.to_string();
        assert_eq!(with_original_numbers(original, now), r#"{"a":1.6,"b":[1.5],"c":2.5}"#);
        // Plain numbers: nothing to do, the served text is returned untouched.
        assert_eq!(with_original_numbers(r#"{"a": 1.5}"#, r#"{"a":1.5}"#.into()), r#"{"a":1.5}"#);
        assert_eq!(with_original_numbers("not json 1.50", "{}".into()), "{}");
    }
}
