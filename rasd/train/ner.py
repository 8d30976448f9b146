"""Train and evaluate the CRF name tagger (``rasd train ner``).

Data: ANERcorp train from ../shared/data/ner (its last 10 % of sentences is
held out as our dev split), AQMAR dev as an out-of-domain check. CoNLL tokens
are re-tokenised with rasd's own tokenizer so that training sees exactly the
tokens the stage sees; labels are projected by character offsets.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import shutil
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from rasd.arabic.tokenize import tokenize
from rasd.document import Document, Sentence
from rasd.eval.scoring import read_conll, sentence_text
from rasd.stages.ner_features import ENSEMBLE_CRF, NerResources, load_resources, token_features

ANERCORP = "ner/anercorp/train.conll"
AQMAR = "ner/aqmar/dev.conll"
DEV_FRACTION = 0.1
# Unlabeled tokens auto-tagged per round of rasd.train.autolex (second round: dev F1 0.747 -> 0.751).
AUTOLEX_ROUNDS = (3_000_000, 8_000_000)
# Silver set (rasd.train.silver): news sentences tagged by the accurate ensemble, of which the most
# ANERcorp-like are kept. Measured on dev/AQMAR PER-LOC-ORG: gold only 0.751/0.515; +400K silver tokens
# taken in corpus order 0.746/0.530; the most ANERcorp-like of 1.7M: 400K 0.757/0.545, 600K 0.758/0.547,
# 800K 0.760/0.539 (CRF training 6 and 8.5 min).
SILVER_FILE = "silver.jsonl.gz"
SILVER_POOL_TOKENS = 1_700_000
SILVER_TOKENS = 600_000
CRF_PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}

ConllSentence = list[tuple[str, str]]


def split_anercorp(sents: list[ConllSentence]) -> tuple[list[ConllSentence], list[ConllSentence]]:
    """(train, dev): dev is the last 10 % of the sentences."""
    cut = int(len(sents) * (1 - DEV_FRACTION))
    return sents[:cut], sents[cut:]


def write_conll(sents: Iterable[ConllSentence], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for sent in sents:
            f.writelines(f"{tok} {tag}\n" for tok, tag in sent)
            f.write("\n")


def project_labels(sent: ConllSentence) -> tuple[Document, list[str]]:
    """A Document of the sentence with rasd tokens, and BIO labels projected onto those tokens."""
    text, offsets = sentence_text(sent)
    tokens = tokenize(text)
    labels, k, prev_src = [], 0, -1
    for tok in tokens:
        while offsets[k][1] <= tok.start:
            k += 1
        tag = sent[k][1]
        if tag == "O":
            labels.append("O")
        else:
            first_piece = k != prev_src
            labels.append(("B-" if tag.startswith("B-") and first_piece else "I-") + tag[2:])
        prev_src = k
    doc = Document(id="s", text=text, sentences=[Sentence(0, len(text))], tokens=tokens)
    return doc, labels


def training_sequences(sents: Sequence[ConllSentence], res: NerResources) -> Iterable[tuple[list, list[str]]]:
    for sent in sents:
        doc, labels = project_labels(sent)
        if doc.tokens:
            yield token_features(doc.text, doc.tokens, res), labels


def train_crf(sents: Sequence[ConllSentence], out: Path, res: NerResources, params: dict | None = None,
              verbose: bool = False, extra: Iterable[tuple[list, list[str]]] = ()) -> float:
    """Train a crfsuite model on ``sents`` (and ready (features, tags) pairs ``extra``) into ``out``;
    returns seconds taken."""
    import pycrfsuite

    t = time.time()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for xseq, yseq in itertools.chain(training_sequences(sents, res), extra):
        trainer.append(xseq, yseq)
    trainer.set_params({**CRF_PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return time.time() - t


def predict_jsonl(sents: Sequence[ConllSentence], model: Path, out: Path, res: NerResources,
                  format_conventions: bool = False) -> float:
    """Run the stage's tagging over each sentence (ids s1, s2, …) into ``score.py conll`` input; returns tokens/s.

    ANERcorp conventions by default (the gold here is ANERcorp-style), FORMAT.md's with ``format_conventions``."""
    import pycrfsuite

    from rasd.config import load_config
    from rasd.stages.mention_propagation import propagate
    from rasd.stages.mentions import tag_document
    from rasd.stages.text import TextStage

    if Path(model).name.startswith("transformer"):
        from rasd.stages.ner_transformer import TransformerTagger

        tagger = TransformerTagger.load(str(model))
    elif str(model).endswith(".pt"):
        from rasd.stages.ner_neural import NeuralTagger

        tagger = NeuralTagger.load(str(model))
    else:
        tagger = pycrfsuite.Tagger()  # fresh, not the per-process cache: the file may have just been retrained
        tagger.open(str(model))
    text_stage = TextStage(load_config())
    n_tok, elapsed = 0, 0.0
    with open(out, "w", encoding="utf-8") as f:
        for i, sent in enumerate(sents, 1):
            doc = Document(id=f"s{i}", text=sentence_text(sent)[0])
            text_stage(doc)
            t = time.perf_counter()
            doc.mentions = propagate(doc.text, doc.tokens, tag_document(doc, tagger, res, format_conventions))
            elapsed += time.perf_counter() - t
            n_tok += len(doc.tokens)
            f.write(json.dumps({"id": doc.id, "mentions": [
                {"start": m.start, "end": m.end, "label": m.label} for m in doc.mentions]}, ensure_ascii=False) + "\n")
    return n_tok / elapsed if elapsed else 0.0


def score(gold: Path, pred: Path, labels: Sequence[str] | None = None) -> dict:
    """Entity-level P/R/F1 with the CoNLL projection of ``rasd.eval`` (same as ``score.py conll``)."""
    from rasd.eval.scoring import read_conll as read_gold
    from rasd.eval.scoring import read_jsonl, score_conll

    preds = {p["id"]: p for p in read_jsonl(pred)}
    return score_conll(read_gold(gold), preds, set(labels) if labels else None)


def build_autolex(data: Path, model: Path, out: Path, res: NerResources, max_tokens: int) -> int:
    """Tag the first ``max_tokens`` of the unlabeled news with ``model``; write the per-word tag shares."""
    import pycrfsuite

    from rasd.train.autolex import tag_counts, write_autolex
    from rasd.train.lexicon import corpus_paths, iter_corpus_texts

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    counts = tag_counts(iter_corpus_texts(corpus_paths(data)), tagger, res, max_tokens)
    return write_autolex(counts, out)


def build_silver(data: Path, out_dir: Path, work: Path, train: Sequence[ConllSentence], res: NerResources,
                 out: Path, log=print) -> int:
    """Tag ``SILVER_POOL_TOKENS`` of the unlabeled news with the ensemble in ``out_dir`` (its transformer
    and the gold-only ``crf-gold.model`` just trained; cached under ``work``), keep the ``SILVER_TOKENS`` most
    ANERcorp-like and write them to ``out``; returns the sentences written."""
    from rasd.train.silver import read_silver, select_in_domain, silver_cache, tag_corpus, write_silver

    if not (out_dir / "transformer.pt").exists():
        raise FileNotFoundError(f"{out_dir / 'transformer.pt'} not found: the silver set needs the ensemble")
    cache = silver_cache(work, out_dir)
    tag_corpus(data, out_dir / "transformer.pt", cache, res, SILVER_POOL_TOKENS, log)
    pool = read_silver(cache, SILVER_POOL_TOKENS)
    return write_silver(select_in_domain(pool, (w for sent in train for w, _ in sent), SILVER_TOKENS), out)


def train_ner(data: Path, out_dir: Path, work: Path, rebuild_resources: bool = True,
              params: dict | None = None, accurate: bool = False, transformer: bool = False,
              silver: bool = True, rebuild_silver: bool = False, log=print) -> dict:
    """Rebuild clusters + gazetteer, train the CRF (and with ``accurate`` the BiLSTM-CRF, with
    ``transformer`` the fine-tuned multilingual-e5-small) on ANERcorp train minus dev, then score dev and AQMAR.

    The CRF trained on ANERcorp alone is written as ``crf-gold.model`` (the accurate ensemble's). With
    ``silver`` the shipped ``crf.model`` is then trained on ANERcorp train plus the shipped silver set (news
    tagged by the ``accurate`` ensemble, ``rasd.train.silver``; ``rebuild_silver`` re-tags it first);
    without, it is a copy of the gold-only CRF."""
    from rasd.train.clusters import build_clusters
    from rasd.train.gazetteer import build_gazetteer

    if not (data / ANERCORP).exists():
        raise FileNotFoundError(f"{data / ANERCORP} not found (pass --data pointing at shared/data)")
    work.mkdir(parents=True, exist_ok=True)
    report: dict = {}
    vectors = work / "vectors.npy"
    if rebuild_resources or (accurate and not vectors.exists()):
        t = time.time()
        report["cluster_words"] = build_clusters(data, out_dir / "clusters.tsv.gz", vectors_out=vectors)
        report["gazetteer_phrases"] = build_gazetteer(data, out_dir / "gazetteer.tsv.gz")
        report["resources_s"] = round(time.time() - t, 1)
        log(f"resources built in {report['resources_s']}s")
    res = load_resources(out_dir)
    train, dev = split_anercorp(read_conll(data / ANERCORP))
    model, gold_model = out_dir / "crf.model", out_dir / ENSEMBLE_CRF
    if rebuild_resources:
        # Rounds of: train a CRF with the current auto-tagged lexicon (none at first), re-tag the
        # unlabeled news with it, rebuild the lexicon (rasd.train.autolex).
        res = dataclasses.replace(res, autolex={}, autolex_counts={})
        t = time.time()
        for r, max_tokens in enumerate(AUTOLEX_ROUNDS, 1):
            train_crf(train, gold_model, res, params)
            report[f"autolex_words_round{r}"] = build_autolex(data, gold_model, out_dir / "autolex.tsv.gz", res,
                                                             max_tokens)
            res = load_resources(out_dir)
            log(f"auto-tagged lexicon round {r} ({max_tokens} tokens) done at {time.time() - t:.0f}s")
        report["autolex_s"] = round(time.time() - t, 1)
    # The gold-only CRF is kept beside the shipped one: the accurate ensemble (and so the silver
    # tagging) averages with it, not with a CRF distilled from the ensemble itself.
    report["gold_train_s"] = round(train_crf(train, gold_model, res, params), 1)
    log(f"gold-only CRF trained in {report['gold_train_s']}s")
    if not silver:
        shutil.copyfile(gold_model, model)
    else:
        silver_file = out_dir / SILVER_FILE
        if rebuild_silver:
            report["silver_sentences"] = build_silver(data, out_dir, work, train, res, silver_file, log)
        elif not silver_file.exists():  # --out elsewhere: distil with the shipped silver set
            silver_file = Path(__file__).resolve().parents[1] / "models" / "ner" / SILVER_FILE
        from rasd.train.silver import read_silver, silver_sequences

        extra = list(silver_sequences(read_silver(silver_file), res))
        report["silver_tokens"] = sum(len(tags) for _, tags in extra)
        report["train_s"] = round(train_crf(train, model, res, params, extra=extra), 1)
        log(f"CRF retrained with {report['silver_tokens']} silver tokens in {report['train_s']}s")
    report["fast"] = evaluate(model, work, data, res)
    if accurate:
        import numpy as np

        from rasd.train.ner_neural import train_bilstm

        vocab = vectors.with_suffix(".vocab").read_text(encoding="utf-8").split("\n")
        nn_model = out_dir / "bilstm.pt"
        report["accurate_training"] = train_bilstm(train, dev, res, np.load(vectors), vocab, nn_model, log=log)
        report["accurate"] = evaluate(nn_model, work, data, res)
    if transformer:
        from rasd.train.ner_transformer import train_transformer

        tf_model = out_dir / "transformer.pt"
        report["transformer_training"] = train_transformer(train, dev, res, tf_model, log=log)
        report["transformer"] = evaluate(tf_model, work, data, res)
    return report


def evaluate(model: Path, work: Path, data: Path, res: NerResources) -> dict:
    """Dev (ANERcorp last 10 %) and AQMAR dev scores, plus tagging speed."""
    _, dev = split_anercorp(read_conll(data / ANERCORP))
    write_conll(dev, work / "anercorp-dev.conll")
    out: dict = {}
    predict_jsonl(dev, model, work / "anercorp-dev.format.jsonl", res, format_conventions=True)
    out["dev_format_conventions"] = score(work / "anercorp-dev.conll", work / "anercorp-dev.format.jsonl")["entities"]
    tps = predict_jsonl(dev, model, work / "anercorp-dev.pred.jsonl", res)
    out["dev"] = score(work / "anercorp-dev.conll", work / "anercorp-dev.pred.jsonl")
    out["tokens_per_s"] = round(tps)
    aq = read_conll(data / AQMAR)
    write_conll(aq, work / "aqmar-dev.conll")
    predict_jsonl(aq, model, work / "aqmar-dev.pred.jsonl", res)
    out["aqmar"] = score(work / "aqmar-dev.conll", work / "aqmar-dev.pred.jsonl")
    out["aqmar_per_loc_org"] = score(work / "aqmar-dev.conll", work / "aqmar-dev.pred.jsonl", ("PER", "LOC", "ORG"))
    return out


if __name__ == "__main__":  # pragma: no cover
    import sys

    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data")
    out_dir = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else \
        Path(__file__).resolve().parents[1] / "models" / "ner"
    rep = train_ner(data, out_dir, Path("build/ner"), rebuild_resources="--no-resources" not in sys.argv,
                    accurate="--bilstm" in sys.argv, transformer="--transformer" in sys.argv,
                    silver="--no-silver" not in sys.argv, rebuild_silver="--rebuild-silver" in sys.argv)
    print(json.dumps(rep, ensure_ascii=False, indent=1))
