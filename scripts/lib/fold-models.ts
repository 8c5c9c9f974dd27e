/**
 * The classifier of one cross-validation fold (scripts/lib/folds.ts) for the summary evaluation:
 * the shipped recipe (scripts/lib/train-model.ts) fitted on the fold's four training folds, with its
 * thresholds and category floor chosen on the other folds' out-of-fold predictions
 * (scripts/lib/classifier/cv.ts) — the same fold models `npm run train` and `npm run
 * eval:classify` cross-validate, and the held-out fold is never read. Fitted models are cached in
 * .cache/classifier/ under a key of the recipe, the policies and the training code.
 */
import { decodeModelFile, type Model, type ModelFile } from "../../lib/classify/model-format.ts";
import { CLASSIFIER_CACHE_DIR } from "./classifier/cache.ts";
import { type CvResult, crossValidate } from "./classifier/cv.ts";
import { crossValidationFolds, type Fold } from "./folds.ts";
import { candidateConfig, fittedFile, recipeLearner, SHIPPED_CANDIDATE } from "./train-model.ts";

export const FOLD_CACHE_DIR = CLASSIFIER_CACHE_DIR;

export interface FoldModel {
  model: Model;
  file: ModelFile;
  cached: boolean;
  /** Training time (0 when read from the cache). */
  seconds: number;
  /** Category macro-/micro-F1 of the chosen rule on the out-of-fold policies it was chosen on. */
  tuneCategory: { macroF1: number; microF1: number };
}

let cv: CvResult | null = null;

/** The fold's model (every fold's model is fitted, or read from the cache, on the first call). */
export function foldModel(fold: Fold, log: (line: string) => void = () => {}): FoldModel {
  const t0 = performance.now();
  let trained = false;
  if (!cv) {
    cv = crossValidate(
      recipeLearner(SHIPPED_CANDIDATE, (line) => {
        trained = true;
        log(line);
      }),
      crossValidationFolds(),
    );
  }
  const scored = cv.folds.find((f) => f.index === fold.index);
  if (!scored) throw new Error(`foldModel: no fold ${fold.index}`);
  const { decision } = scored;
  const fitted = fittedFile(candidateConfig(SHIPPED_CANDIDATE), fold.training).value;
  const file: ModelFile = {
    ...fitted,
    thresholds: decision.thresholds,
    ...(decision.categoryFloor > 0 ? { categoryFloor: decision.categoryFloor } : {}),
  };
  return {
    model: decodeModelFile(file),
    file,
    cached: !trained,
    seconds: trained ? (performance.now() - t0) / 1000 : 0,
    tuneCategory: { macroF1: decision.final.cat.macroF1, microF1: decision.final.cat.microF1 },
  };
}
