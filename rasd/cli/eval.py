"""``rasd eval ...``: measure rasd on gold data (never by eye)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from rasd.errors import InputError

eval_app = typer.Typer(help="Score rasd against gold data (document gold JSONL or CoNLL NER files).",
                       no_args_is_help=True)


def _pipeline_until(layer: str | None):
    """The configured pipeline, cut after the first stage that provides ``layer``."""
    from rasd.errors import ConfigError
    from rasd.pipeline import Pipeline

    if not layer:
        return Pipeline.from_config()
    try:
        return Pipeline.up_to(layer)
    except ConfigError as e:
        raise InputError(str(e), stage="eval") from e


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise typer.BadParameter(f"file not found: {path}")


@eval_app.command("doc")
def eval_doc(
    gold: Path = typer.Argument(..., help="Gold JSONL (shared/eval/FORMAT.md)."),
    pred: Path | None = typer.Option(None, help="Predictions (rasd analyze --json output); default: run rasd now."),
    out: Path | None = typer.Option(None, help="Write the predictions made here to this JSONL file."),
    with_dates: bool = typer.Option(False, "--with-dates", help="Give rasd each gold article's true date as its declared date."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score whole-article layers: mentions, timexes, events, claims, publication date."""
    from rasd.document import Document, Meta
    from rasd.eval.scoring import format_report, read_jsonl, score_documents

    _check_file(gold)
    golds = read_jsonl(gold)
    if pred:
        _check_file(pred)
        preds = read_jsonl(pred)
    else:
        nlp = _pipeline_until(None)
        docs = [Document(id=g["id"], text=g["text"],
                         meta=Meta(declared_date=g.get("published") if with_dates else None)) for g in golds]
        preds = [d if isinstance(d, dict) else d.to_dict() for d in nlp.run_many(docs)]
        if out:
            with open(out, "w", encoding="utf-8") as f:
                for p in preds:
                    f.write(json.dumps(p, ensure_ascii=False) + "\n")
    result = score_documents(golds, preds)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        for line in format_report(result):
            typer.echo(line)


@eval_app.command("ner")
def eval_ner(
    conll: Path = typer.Argument(..., help="CoNLL file: token and BIO tag per line, blank line between sentences."),
    labels: str | None = typer.Option(None, help="Score only these types, e.g. PER,LOC,ORG."),
    limit: int | None = typer.Option(None, help="Score only the first N sentences."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Entity-level micro P/R/F1 (overall and per type), mentions projected onto the file's tokens."""
    from rasd.document import Document
    from rasd.eval.scoring import format_report, read_conll, score_conll, sentence_text

    _check_file(conll)
    sents = read_conll(conll)
    if limit:
        sents = sents[:limit]
    nlp = _pipeline_until("mentions")
    preds = {}
    for i, sent in enumerate(sents, 1):
        text, _ = sentence_text(sent)
        res = next(iter(nlp.run_many([Document(id=f"s{i}", text=text)])))
        preds[f"s{i}"] = res if isinstance(res, dict) else res.to_dict()
    result = score_conll(sents, preds, set(labels.split(",")) if labels else None)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        for line in format_report(result):
            typer.echo(line)


@eval_app.command("sentences")
def eval_sentences(
    gold: Path = typer.Argument(..., help="JSONL of {id, text, codes}: the PLOVER codes each sentence reports."),
    codes: str = typer.Option("ASSAULT,PROTEST", help="Codes to score, comma-separated."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Sentence-level event detection P/R/F1 per code (each sentence analysed on its own)."""
    from rasd.document import Document
    from rasd.eval.scoring import read_jsonl
    from rasd.eval.sentences import score_sentences

    _check_file(gold)
    golds = read_jsonl(gold)
    nlp = _pipeline_until("events")
    docs = [Document(id=g["id"], text=g["text"]) for g in golds]
    predicted: dict[str, set[str]] = {}
    for res in nlp.run_many(docs):
        d = res if isinstance(res, dict) else res.to_dict()
        predicted[d["id"]] = {e["code"] for e in d.get("events", [])}
    wanted = [c.strip() for c in codes.split(",") if c.strip()]
    result = score_sentences(golds, predicted, wanted)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    typer.echo(f"{result['sentences']} sentences")
    for code in wanted:
        r = result[code]
        typer.echo(f"{code:10} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  "
                   f"(tp={r['tp']} pred={r['predicted']} gold={r['gold']})")


@eval_app.command("agreement")
def eval_agreement(
    first: Path = typer.Argument(..., help="One annotator's gold JSONL."),
    second: Path = typer.Argument(..., help="Another annotator's gold JSONL for (some of) the same articles."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Inter-annotator agreement on events and claims: each gold scored as the other's prediction."""
    from rasd.eval.scoring import agreement, read_jsonl

    _check_file(first)
    _check_file(second)
    result = agreement(read_jsonl(first), read_jsonl(second))
    if not result["articles"]:
        raise InputError("the two files share no article id", stage="eval")
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    typer.echo(f"{result['articles']} articles annotated by both")
    for layer in ("events", "claims"):
        ab, ba = result["second_vs_first"].get(layer), result["first_vs_second"].get(layer)
        if ab is None or ba is None:
            continue
        typer.echo(f"{layer:7} second vs first P={ab['precision']:.3f} R={ab['recall']:.3f} F1={ab['f1']:.3f}  "
                   f"(tp={ab['tp']} second={ab['predicted']} first={ab['gold']});  "
                   f"first vs second F1={ba['f1']:.3f};  mean F1={result['mean_f1'][layer]:.3f}")
    if "claims" in result["second_vs_first"]:
        typer.echo(f"stance agreement on matched claims: {result['second_vs_first']['claims']['stance_accuracy']:.3f}")


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
