import { describe, expect, it } from "vitest";
import { splitSentences } from "../../lib/sentences";

describe("splitSentences", () => {
  it.each([
    ["We use cookies. They help us.", ["We use cookies.", "They help us."]],
    [
      "Acme Inc. sells toys. We ship to the U.S. and more.",
      ["Acme Inc. sells toys.", "We ship to the U.S. and more."],
    ],
    ["Some data, e.g. your name, is kept. Ask us!", ["Some data, e.g. your name, is kept.", "Ask us!"]],
    ["Items: • first item • second item", ["Items:", "first item", "second item"]],
    ['He said "Stop." Then left.', ['He said "Stop."', "Then left."]],
    ["No final stop", ["No final stop"]],
    ["Usually we don't. Then we do.", ["Usually we don't.", "Then we do."]],
  ])("%s", (text, expected) => {
    const out = splitSentences(text);
    expect(out).toEqual(expected);
    for (const s of out) expect(text.includes(s)).toBe(true);
  });
});

describe("Unicode sentences", () => {
  it.each([
    ["Nous utilisons des cookies. École et mairie reçoivent vos données.", 2],
    ["Мы не продаём данные. Ответ придёт позже.", 2],
    ["我们不出售您的数据。我们使用Cookie。", 2],
    ["« Nous ne vendons pas vos données. » Elles restent ici.", 2],
    ["See section 2. e.g. this stays one sentence.", 1],
  ])("%s → %i sentences", (text, n) => {
    expect(splitSentences(text)).toHaveLength(n);
  });
});
