"""Fine-tune multilingual-e5-small into the ``transformer`` name tagger (``rasd train ner --transformer``).

ANERcorp train minus dev, rasd's own tokens (labels projected as for the CRF), each word
tagged from its first SentencePiece piece. AdamW with linear warm-up/decay; the encoder at
a small rate, the emission layer, cluster embeddings and CRF transitions at a larger one.
The last epoch is kept (dev F1 is logged per epoch, not used to pick one).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import torch

from rasd.stages.ner_features import NerResources
from rasd.stages.ner_transformer import (
    SentencePiece,
    TokenTagger,
    TransformerTagger,
    load_e5,
    warmup_linear,
    windows,
    word_rows,
)
from rasd.train.ner import ConllSentence, project_labels
from rasd.train.ner_neural import span_f1, tag_batch

SEED = 13
# Share of the CRF's marginals in the shipped tagger's: the even mix (0.4 and 0.6 measured lower on dev).
CRF_WEIGHT = 0.5


def examples(sents: Sequence[ConllSentence], res: NerResources, sp: SentencePiece,
             split_clitics: bool = False) -> list[tuple[list[dict], list[str]]]:
    """(word rows, BIO labels) per window of each sentence."""
    out = []
    for sent in sents:
        doc, labels = project_labels(sent)
        if not doc.tokens:
            continue
        rows = word_rows(doc.text, doc.tokens, res, sp, split_clitics)
        out.extend((rows[a:b], labels[a:b]) for a, b in windows(rows))
    return out


def dev_f1(tagger: TransformerTagger, exs, batch: int = 32) -> float:
    """Entity-span F1 of the tagger's Viterbi paths on ``exs`` (a quick per-epoch check)."""
    tagger.model.eval()
    order = sorted(range(len(exs)), key=lambda i: len(exs[i][0]))
    pairs = []
    with torch.no_grad():
        for s in range(0, len(order), batch):
            idx = order[s:s + batch]
            em = tagger.model.emissions(*tagger.inputs([exs[i][0] for i in idx]))
            for k, i in enumerate(idx):
                path = tagger.model.crf.best_path(em[k, :len(exs[i][1])])
                pairs.append(([tagger.tags[p] for p in path], exs[i][1]))
    return span_f1(pairs)


def train_transformer(train: Sequence[ConllSentence], dev: Sequence[ConllSentence], res: NerResources, out: Path,
                      epochs: int = 5, lr: float = 1e-4, head_lr: float = 2e-3, batch_size: int = 16,
                      features: bool = True, split_clitics: bool = True, crf_weight: float = CRF_WEIGHT,
                      time_limit_s: float = 3000, log: Callable[[str], None] = print) -> dict:
    """Fine-tune, save the last epoch to ``out``; returns timings and the per-epoch dev F1.

    ``crf_weight`` > 0 makes the saved tagger average its marginals with the gold-only ``crf-gold.model``
    beside ``out`` (``crf.model`` when that is missing)."""
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    e5 = load_e5()
    sp = SentencePiece(e5)
    t0 = time.time()
    tr, dv = examples(train, res, sp, split_clitics), examples(dev, res, sp, split_clitics)
    tags = sorted({t for _, labels in tr for t in labels}, key=lambda t: (t != "O", t))
    n_clusters = ([int(max(int(c[k]) for c in res.clusters.values())) + 1
                   for k in range(len(next(iter(res.clusters.values()))))] if res.clusters and features else [])
    model = TokenTagger(e5, len(tags), n_clusters, features=features)
    model.encoder.load_pretrained(e5)
    tagger = TransformerTagger(model, tags, n_clusters, e5, split_clitics=split_clitics)
    tag_index = {t: i for i, t in enumerate(tags)}
    log(f"{len(tr)} training windows, {len(dv)} dev windows, {len(tags)} tags; inputs in {time.time() - t0:.0f}s")

    encoder_params = [p for p in model.encoder.parameters() if p.requires_grad]
    head_params = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    no_decay = lambda p: p.dim() < 2  # noqa: E731  biases, LayerNorms
    opt = torch.optim.AdamW([
        {"params": [p for p in encoder_params if not no_decay(p)], "lr": lr, "weight_decay": 0.01},
        {"params": [p for p in encoder_params if no_decay(p)], "lr": lr, "weight_decay": 0.0},
        {"params": head_params, "lr": head_lr, "weight_decay": 0.0},
    ])
    base_lrs = [g["lr"] for g in opt.param_groups]
    # Batches of similar length (little padding), order shuffled each epoch.
    order = sorted(range(len(tr)), key=lambda i: sum(len(r["pieces"]) for r in tr[i][0]))
    batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    total, warmup = epochs * len(batches), max(1, len(batches) // 10)
    step, history, stopped = 0, [], False
    t_train = time.time()
    for epoch in range(epochs):
        model.train()
        random.shuffle(batches)
        loss_sum = 0.0
        for k, bidx in enumerate(batches):
            for g, base in zip(opt.param_groups, base_lrs, strict=True):
                g["lr"] = base * warmup_linear(step, total, warmup)
            ids, lengths, first, flags, cl = tagger.inputs([tr[i][0] for i in bidx])
            y, mask = tag_batch([tr[i][1] for i in bidx], tag_index, first.shape)
            loss = model.crf.nll(model.emissions(ids, lengths, first, flags, cl), y, mask)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            loss_sum += float(loss.detach())
            if k % 50 == 0:
                log(f"epoch {epoch + 1} batch {k}/{len(batches)} loss {loss_sum / (k + 1):.3f} ({time.time() - t_train:.0f}s)")
            if time.time() - t_train > time_limit_s:
                stopped = True
                break
        f1 = dev_f1(tagger, dv)
        history.append(round(f1, 4))
        log(f"epoch {epoch + 1}: loss {loss_sum / max(1, k + 1):.3f} dev token-span F1 {f1:.4f} ({time.time() - t_train:.0f}s)")
        if stopped:
            log("time limit reached")
            break
    meta = {"features": features, "split_clitics": split_clitics, "crf_weight": crf_weight, "epochs": epochs, "lr": lr, "head_lr": head_lr, "batch_size": batch_size, "seed": SEED}
    tagger.model.eval()
    tagger.save(out, meta)
    return {"epochs": len(history), "dev_f1_by_epoch": history, "train_s": round(time.time() - t_train, 1),
            "stopped_by_time_limit": stopped}
