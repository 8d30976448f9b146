"""The ``bilstm`` name-tagger profile: a BiLSTM-CRF over word vectors learnt from
the unlabeled news, a character CNN, word clusters and gazetteer hits (torch, CPU).

Same inputs and BIO output as the CRF profile (``rasd.stages.mentions``), so the
stage decodes both the same way. Model file: ``rasd/models/ner/bilstm.pt``
(vocabularies + fp16 weights), built by ``rasd train ner --bilstm`` (not shipped: it measured no better than the CRF).
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from rasd.arabic.normalize import fold
from rasd.document import Token
from rasd.stages.ner_features import GAZ_TYPES, NerResources, _gazetteer_tags, _shape, gazetteer_starts

MAX_CHARS = 16
SHAPES = ("ar", "num", "LAT", "Lat", "lat", "sym", "p")
N_FLAGS = 3 + len(SHAPES) + 2 * len(GAZ_TYPES)


def token_inputs(text: str, tokens: Sequence[Token], res: NerResources) -> list[dict]:
    """Per token: folded word, clitic-free form, cluster ids and binary flags (shape, clitics, gazetteer)."""
    keys, rows = [], []
    for tok in tokens:
        word = text[tok.start:tok.end]
        norm = tok.norm if "\u0600" <= word[0] <= "\u06FF" else tok.norm.lower()
        base = fold(word[tok.base_start - tok.start:]) or norm
        stem = fold(text[tok.stem_start:tok.stem_end]) or base
        keys.append(tuple(dict.fromkeys((norm, base, stem))))
        cl = res.clusters.get(norm) or res.clusters.get(base) or res.clusters.get(stem)
        shape = _shape(word)
        flags = [float(tok.base_start > tok.start), float(tok.stem_start > tok.base_start), float(tok.stem_end < tok.end)]
        flags += [float(shape.startswith(s) if s == "p" else shape == s) for s in SHAPES]
        rows.append({"w": norm, "b": base, "cl": tuple(int(c) for c in cl) if cl else None, "flags": flags})
    for row, tags in zip(rows, _gazetteer_tags(keys, res.gazetteer, gazetteer_starts(res)), strict=True):
        for t in GAZ_TYPES:
            row["flags"].append(float(any(g.startswith(f"g{t}B") for g in tags)))
            row["flags"].append(float(f"g{t}I" in tags))
    return rows


class CRF(nn.Module):
    """Linear-chain CRF: transition scores, negative log-likelihood and Viterbi decoding."""

    def __init__(self, n_tags: int):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))

    def nll(self, emissions: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Mean negative log-likelihood; ``emissions`` (B, T, K), ``tags``/``mask`` (B, T)."""
        b, t, _ = emissions.shape
        idx = torch.arange(b)
        score = self.start[tags[:, 0]] + emissions[idx, 0, tags[:, 0]]
        alpha = self.start + emissions[:, 0]
        for i in range(1, t):
            m = mask[:, i]
            score = score + m * (self.trans[tags[:, i - 1], tags[:, i]] + emissions[idx, i, tags[:, i]])
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + emissions[:, i].unsqueeze(1), dim=1)
            alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
        last = tags[idx, mask.sum(1).long() - 1]
        score = score + self.end[last]
        return (torch.logsumexp(alpha + self.end, dim=1) - score).mean()

    @torch.no_grad()
    def best_path(self, emissions: torch.Tensor) -> list[int]:
        """Viterbi: the best tag path of one sequence (T, K)."""
        t = emissions.shape[0]
        score = self.start + emissions[0]
        back = []
        for i in range(1, t):
            best, arg = (score.unsqueeze(1) + self.trans).max(0)
            back.append(arg)
            score = best + emissions[i]
        path = [int((score + self.end).argmax())]
        for arg in reversed(back):
            path.append(int(arg[path[-1]]))
        path.reverse()
        return path

    @torch.no_grad()
    def viterbi(self, emissions: torch.Tensor) -> tuple[list[int], list[float]]:
        """Best tag path of one sequence (T, K) and each position's marginal probability of it."""
        t = emissions.shape[0]
        path = self.best_path(emissions)
        # forward-backward marginals for confidences
        fw = [self.start + emissions[0]]
        for i in range(1, t):
            fw.append(torch.logsumexp(fw[-1].unsqueeze(1) + self.trans, 0) + emissions[i])
        bw = [self.end.clone()]
        for i in range(t - 1, 0, -1):
            bw.append(torch.logsumexp(self.trans + (emissions[i] + bw[-1]).unsqueeze(0), 1))
        bw.reverse()
        z = torch.logsumexp(fw[-1] + self.end, 0)
        probs = [float(torch.exp(fw[i][p] + bw[i][p] - z)) for i, p in enumerate(path)]
        return path, probs


class BiLstmCrf(nn.Module):
    """Word + clitic-free word + char-CNN + cluster + flag inputs → BiLSTM → CRF."""

    def __init__(self, n_words: int, n_chars: int, n_clusters: Sequence[int], n_tags: int,
                 word_dim: int = 100, char_dim: int = 32, char_filters: int = 64, cl_dim: int = 16,
                 hidden: int = 128, dropout: float = 0.5):
        super().__init__()
        self.words = nn.Embedding(n_words, word_dim, padding_idx=0)
        self.chars = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, char_filters, kernel_size=3, padding=1)
        self.clusters = nn.ModuleList(nn.Embedding(n + 1, cl_dim) for n in n_clusters)
        in_dim = 2 * word_dim + char_filters + cl_dim * len(n_clusters) + N_FLAGS
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(in_dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_tags)
        self.crf = CRF(n_tags)

    def emissions(self, w, b, c, cl, flags):
        bsz, t, nc = c.shape
        ch = self.chars(c.view(bsz * t, nc)).transpose(1, 2)
        ch = torch.relu(self.conv(ch)).max(2).values.view(bsz, t, -1)
        parts = [self.words(w), self.words(b), ch, flags]
        parts += [emb(cl[:, :, k]) for k, emb in enumerate(self.clusters)]
        h, _ = self.lstm(self.drop(torch.cat(parts, dim=2)))
        return self.out(self.drop(h))


class NeuralTagger:
    """Wraps a trained ``BiLstmCrf`` with its vocabularies; ``tag(text, tokens, res)`` like crfsuite."""

    def __init__(self, model: BiLstmCrf, words: dict[str, int], chars: dict[str, int], tags: list[str],
                 n_clusters: Sequence[int]):
        self.model, self.words, self.chars, self.tags = model.eval(), words, chars, tags
        self.n_clusters = list(n_clusters)

    @classmethod
    def load(cls, path: str) -> NeuralTagger:
        blob = torch.load(path, map_location="cpu", weights_only=False)
        model = BiLstmCrf(**blob["dims"])
        model.load_state_dict({k: v.float() for k, v in blob["state"].items()})
        return cls(model, blob["words"], blob["chars"], blob["tags"], blob["dims"]["n_clusters"])

    def save(self, path: str, dims: dict) -> None:
        torch.save({"dims": dims, "words": self.words, "chars": self.chars, "tags": self.tags,
                    "state": {k: v.half() for k, v in self.model.state_dict().items()}}, path)

    def tensors(self, rows_batch: list[list[dict]]):
        """Padded (B, T) index tensors for a batch of token-input rows."""
        t = max(len(r) for r in rows_batch)
        bsz = len(rows_batch)
        w = torch.zeros(bsz, t, dtype=torch.long)
        b = torch.zeros(bsz, t, dtype=torch.long)
        c = torch.zeros(bsz, t, MAX_CHARS, dtype=torch.long)
        cl = torch.zeros(bsz, t, len(self.n_clusters), dtype=torch.long)
        flags = torch.zeros(bsz, t, N_FLAGS)
        for i, rows in enumerate(rows_batch):
            for j, r in enumerate(rows):
                w[i, j] = self.words.get(r["w"], 1)
                b[i, j] = self.words.get(r["b"], 1)
                for k, ch in enumerate(r["w"][:MAX_CHARS]):
                    c[i, j, k] = self.chars.get(ch, 1)
                if r["cl"]:
                    for k, n in enumerate(self.n_clusters):
                        cl[i, j, k] = min(r["cl"][k], n - 1) + 1
                flags[i, j] = torch.tensor(r["flags"])
        return w, b, c, cl, flags

    @torch.no_grad()
    def tag(self, text: str, tokens: Sequence[Token], res: NerResources) -> tuple[list[str], list[float]]:
        rows = token_inputs(text, tokens, res)
        em = self.model.emissions(*self.tensors([rows]))[0]
        path, probs = self.model.crf.viterbi(em)
        return [self.tags[p] for p in path], probs
