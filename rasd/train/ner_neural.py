"""Train the ``bilstm`` BiLSTM-CRF name tagger (``rasd train ner --bilstm``).

Word vectors come from ``rasd.train.clusters`` (PPMI-SVD over the unlabeled news);
words seen only in the labelled data are dropped to <unk> at random while training
so the model learns to tag names from their characters, clusters and context.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import torch

from rasd.eval.scoring import bio_spans
from rasd.stages.ner_features import NerResources
from rasd.stages.ner_neural import BiLstmCrf, NeuralTagger, token_inputs
from rasd.train.ner import ConllSentence, project_labels

SEED = 13


def _examples(sents: Sequence[ConllSentence], res: NerResources) -> list[tuple[list[dict], list[str]]]:
    out = []
    for sent in sents:
        doc, labels = project_labels(sent)
        if doc.tokens:
            out.append((token_inputs(doc.text, doc.tokens, res), labels))
    return out


def span_f1(pairs) -> float:
    """Entity-span F1 over ``(predicted tags, gold tags)`` pairs: the quick per-epoch dev check."""
    tp = n_pred = n_gold = 0
    for pred_tags, gold_tags in pairs:
        pred, gold = bio_spans(list(pred_tags)), bio_spans(list(gold_tags))
        tp, n_pred, n_gold = tp + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def tag_batch(tag_seqs: Sequence[Sequence[str]], tag_index: dict[str, int], shape) -> tuple[torch.Tensor, torch.Tensor]:
    """Gold tag ids and the padding mask of a batch, zero-padded to ``shape`` (batch, length)."""
    y = torch.zeros(shape, dtype=torch.long)
    mask = torch.zeros(shape)
    for k, tags in enumerate(tag_seqs):
        y[k, :len(tags)] = torch.tensor([tag_index.get(t, 0) for t in tags])
        mask[k, :len(tags)] = 1
    return y, mask


def _f1(tagger: NeuralTagger, examples, res: NerResources) -> float:
    tagger.model.eval()
    with torch.no_grad():
        return span_f1(([tagger.tags[p] for p in tagger.model.crf.best_path(
            tagger.model.emissions(*tagger.tensors([rows]))[0])], labels) for rows, labels in examples)


def train_bilstm(train: Sequence[ConllSentence], dev: Sequence[ConllSentence], res: NerResources,
                 vectors: np.ndarray, vocab: list[str], out: Path, epochs: int = 12, max_pretrained: int = 50_000,
                 time_limit_s: float = 1500, word_dropout: float = 0.25, freeze_pretrained: bool = False,
                 log: Callable[[str], None] = print) -> dict:
    """Train, keep the epoch with the best dev F1 (token-level BIO spans), save to ``out``."""
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    tr, dv = _examples(train, res), _examples(dev, res)
    counts = Counter(r["w"] for rows, _ in tr for r in rows) + Counter(r["b"] for rows, _ in tr for r in rows)
    words = {"<pad>": 0, "<unk>": 1}
    for w in vocab[:max_pretrained]:
        words.setdefault(w, len(words))
    train_only = set()
    for w, c in counts.items():
        if w not in words and c >= 2:
            words[w] = len(words)
            train_only.add(words[w])
    chars = {"<pad>": 0, "<unk>": 1}
    for w in counts:
        for ch in w[:16]:
            chars.setdefault(ch, len(chars))
    tags = sorted({t for _, labels in tr for t in labels}, key=lambda t: (t != "O", t))
    n_clusters = [int(max(int(c[k]) for c in res.clusters.values())) + 1 for k in range(len(next(iter(res.clusters.values()))))] if res.clusters else []
    dims = {"n_words": len(words), "n_chars": len(chars), "n_clusters": n_clusters, "n_tags": len(tags),
            "word_dim": vectors.shape[1]}
    model = BiLstmCrf(**dims)
    with torch.no_grad():  # pretrained vectors, scaled like the random init
        index = {w: i for i, w in enumerate(vocab[:max_pretrained])}
        emb = model.words.weight
        for w, i in words.items():
            if w in index:
                emb[i] = torch.from_numpy(vectors[index[w]].astype(np.float32)) * 3.0
    if freeze_pretrained:  # only the rows of words seen in training move; pretrained geometry stays
        pretrained_rows = torch.tensor([i for w, i in words.items() if i >= 2 and i not in train_only])
        model.words.weight.register_hook(lambda g: g.index_fill(0, pretrained_rows, 0.0))
    tagger = NeuralTagger(model, words, chars, tags, n_clusters)
    tag_index = {t: i for i, t in enumerate(tags)}
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    order = sorted(range(len(tr)), key=lambda i: len(tr[i][0]))
    batches = [order[i:i + 32] for i in range(0, len(order), 32)]
    best, best_state, t0, history = -1.0, None, time.time(), []
    for epoch in range(epochs):
        model.train()
        random.shuffle(batches)
        total = 0.0
        for bidx in batches:
            rows_b = [tr[i][0] for i in bidx]
            w, b, c, cl, flags = tagger.tensors(rows_b)
            # word dropout on labelled-data-only words: generalise to unseen names
            drop = (torch.rand(w.shape) < word_dropout) & torch.isin(w, torch.tensor(sorted(train_only) or [-1]))
            w = w.masked_fill(drop, 1)
            b = b.masked_fill(drop, 1)
            y, mask = tag_batch([tr[i][1] for i in bidx], tag_index, w.shape)
            loss = model.crf.nll(model.emissions(w, b, c, cl, flags), y, mask)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        f1 = _f1(tagger, dv, res)
        history.append(round(f1, 4))
        log(f"epoch {epoch + 1}: loss {total / len(batches):.3f} dev token-span F1 {f1:.4f} ({time.time() - t0:.0f}s)")
        if f1 > best:
            best, best_state = f1, {k: v.clone() for k, v in model.state_dict().items()}
        if time.time() - t0 > time_limit_s:
            break
    model.load_state_dict(best_state)
    tagger.save(str(out), dims)
    return {"epochs": len(history), "dev_f1_by_epoch": history, "train_s": round(time.time() - t0, 1)}
