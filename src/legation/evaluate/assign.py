"""One-to-one matching that maximises a summed weight, so that a match never depends on the order in
which the two sides happen to be listed (a greedy pass lets an early, weak pair take the partner a
later, better one needed)."""

from __future__ import annotations

from collections.abc import Sequence


def best_assignment(weights: Sequence[Sequence[int | None]]) -> dict[int, int]:
    """Row index → column index, each used at most once, maximising the summed weight of the pairs.

    ``weights[i][j]`` is the (positive) worth of pairing row ``i`` with column ``j``, or None when they
    may not be paired. Rows and columns with no allowed pair are left out before solving, so the cost
    stays small on the sparse tables scoring makes.
    """
    rows = [i for i, line in enumerate(weights) if any(w is not None for w in line)]
    columns = sorted({j for i in rows for j, w in enumerate(weights[i]) if w is not None})
    if not rows:
        return {}
    size = max(len(rows), len(columns))
    top = max(w for i in rows for w in weights[i] if w is not None)
    # Minimise cost = top - weight; a forbidden or padding pair costs top, as much as leaving both
    # unpaired, so it is never preferred to an allowed pair (every allowed weight is positive).
    cost = [[top] * size for _ in range(size)]
    for a, i in enumerate(rows):
        for b, j in enumerate(columns):
            w = weights[i][j]
            if w is not None:
                if w <= 0:
                    raise ValueError(f"weight {w} of pair ({i}, {j}) is not positive")
                cost[a][b] = top - w
    owner = _hungarian(cost)
    out: dict[int, int] = {}
    for b, a in enumerate(owner):
        if a < len(rows) and b < len(columns) and weights[rows[a]][columns[b]] is not None:
            out[rows[a]] = columns[b]
    return out


def _hungarian(cost: list[list[int]]) -> list[int]:
    """Minimum-cost perfect matching of a square table (Kuhn-Munkres with potentials, O(n³)).

    Returns, for each column, the row paired with it.
    """
    n = len(cost)
    infinity = sum(max(line) for line in cost) + 1
    u = [0] * (n + 1)
    v = [0] * (n + 1)
    row_of = [0] * (n + 1)  # column (1-based) → row (1-based); 0 = free
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        row_of[0] = i
        j0 = 0
        least = [infinity] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = row_of[j0]
            delta, j1 = infinity, 0
            for j in range(1, n + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(n + 1):
                if used[j]:
                    u[row_of[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if row_of[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            row_of[j0] = row_of[j1]
            j0 = j1
    return [row_of[j] - 1 for j in range(1, n + 1)]
