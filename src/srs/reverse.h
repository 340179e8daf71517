#pragma once
// Reverse-mode automatic differentiation on a small tape: each operation records its operands
// and local partial derivatives; one backward sweep then gives the gradient of a scalar with
// respect to every leaf. The optimizer records one card's history at a time, so the tape stays
// small (and in cache) however long the review log is.

#include <cmath>
#include <cstdint>
#include <vector>

namespace wortkiste::srs {

class Tape {
public:
  struct Node {
    std::int32_t a = -1, b = -1; // operand nodes (-1: none)
    double da = 0, db = 0;       // partial derivatives with respect to them
  };

  // Records a node; returns its index.
  std::int32_t push(std::int32_t a, double da, std::int32_t b = -1, double db = 0) {
    m_nodes.push_back({a, b, da, db});
    return static_cast<std::int32_t>(m_nodes.size() - 1);
  }
  std::size_t size() const { return m_nodes.size(); }
  // Drops every node after the first `n` (the leaves).
  void truncate(std::size_t n) { m_nodes.resize(n); }
  // Propagates `adjoint` (one entry per node, seeded by the caller) back to the leaves.
  void backward(std::vector<double>& adjoint) const {
    for (std::size_t i = m_nodes.size(); i-- > 0;) {
      const double g = adjoint[i];
      if (g == 0) {
        continue;
      }
      const Node& n = m_nodes[i];
      if (n.a >= 0) {
        adjoint[static_cast<std::size_t>(n.a)] += g * n.da;
      }
      if (n.b >= 0) {
        adjoint[static_cast<std::size_t>(n.b)] += g * n.db;
      }
    }
  }

  static Tape*& current() {
    static thread_local Tape* tape = nullptr;
    return tape;
  }

private:
  std::vector<Node> m_nodes;
};

// A number on the current tape (or a constant when `i` < 0).
struct Var {
  double v = 0;
  std::int32_t i = -1;

  Var() = default;
  Var(double value) : v(value) {} // NOLINT: constants convert implicitly
  Var(double value, std::int32_t index) : v(value), i(index) {}

  static Var unary(double value, const Var& a, double da) {
    if (a.i < 0) {
      return Var(value);
    }
    return Var(value, Tape::current()->push(a.i, da));
  }
  static Var binary(double value, const Var& a, double da, const Var& b, double db) {
    if (a.i < 0 && b.i < 0) {
      return Var(value);
    }
    if (a.i < 0) {
      return Var(value, Tape::current()->push(b.i, db));
    }
    if (b.i < 0) {
      return Var(value, Tape::current()->push(a.i, da));
    }
    return Var(value, Tape::current()->push(a.i, da, b.i, db));
  }

  friend Var operator+(const Var& a, const Var& b) { return binary(a.v + b.v, a, 1, b, 1); }
  friend Var operator-(const Var& a, const Var& b) { return binary(a.v - b.v, a, 1, b, -1); }
  friend Var operator-(const Var& a) { return unary(-a.v, a, -1); }
  friend Var operator*(const Var& a, const Var& b) { return binary(a.v * b.v, a, b.v, b, a.v); }
  friend Var operator/(const Var& a, const Var& b) {
    const double inv = 1 / b.v;
    const double q = a.v * inv;
    return binary(q, a, inv, b, -q * inv);
  }
};

inline Var exp(const Var& a) {
  const double e = std::exp(a.v);
  return Var::unary(e, a, e);
}
inline Var log(const Var& a) { return Var::unary(std::log(a.v), a, 1 / a.v); }
inline Var pow(const Var& a, const Var& b) {
  const double p = std::pow(a.v, b.v);
  const double db = b.i >= 0 ? p * std::log(a.v) : 0;
  return Var::binary(p, a, b.v * p / a.v, b, db);
}
inline double value_of(const Var& a) { return a.v; }

} // namespace wortkiste::srs
