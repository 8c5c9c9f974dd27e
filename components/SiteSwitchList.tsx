// The list of sites where Privacy Glance is off, with a form to add one and a button to remove each.
import { useState } from "preact/hooks";
import { t } from "@/lib/i18n";
import { coveringEntry, coversSubdomains, isSharedSuffix } from "@/lib/site-scope";

export function SiteSwitchList({
  sites,
  parseSite,
  problem,
  onProblem,
  onChange,
}: {
  sites: string[];
  /** The normalised site for what was typed, or null when it isn't one. */
  parseSite: (input: string) => string | null;
  /** Why the last site typed was refused ("" when it wasn't); kept by the page, which shows one status. */
  problem: string;
  onProblem: (problem: string) => void;
  onChange: (sites: string[]) => void;
}) {
  const [input, setInput] = useState("");

  const add = (event: Event) => {
    event.preventDefault();
    const site = parseSite(input);
    if (!site) return onProblem(t("optionsSiteInvalid"));
    if (sites.includes(site)) return onProblem(t("optionsSiteDuplicate", site));
    if (isSharedSuffix(site)) return onProblem(t("optionsSiteSharedSuffix", site));
    const covering = coveringEntry(sites, site);
    if (covering) return onProblem(t("optionsSiteCovered", site, covering));
    onProblem("");
    setInput("");
    onChange([...sites, site].sort());
  };

  return (
    <>
      {sites.length === 0 ? (
        <p class="sites__empty">{t("optionsSitesEmpty")}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site} class="sites__item">
              <span class="sites__label">
                <span class="sites__name">{site}</span>
                {coversSubdomains(site) && <span class="sites__scope"> {t("optionsSiteSubdomains")}</span>}
              </span>
              <button
                type="button"
                class="button"
                aria-label={t("optionsSiteRemoveLabel", site)}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                {t("optionsSiteRemove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="sites__form" onSubmit={add} noValidate>
        <label for="site-input">{t("optionsSiteInputLabel")}</label>
        <div class="sites__row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={input}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "site-problem" : undefined}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit" class="button button--primary">
            {t("optionsSiteAdd")}
          </button>
        </div>
        <p id="site-problem" class="sites__problem" role="alert">
          {problem}
        </p>
      </form>
    </>
  );
}
