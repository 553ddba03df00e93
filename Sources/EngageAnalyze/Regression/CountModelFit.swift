/// A fitted count model (ANALYSIS.md §5): the estimator actually used, its terms and diagnostics.
public struct CountModelFit: Sendable, Hashable {
    /// Which estimator produced the terms.
    public enum Method: String, Sendable, Hashable {
        /// NB2 by profile likelihood over α (the primary model).
        case nb2
        /// Fallback 1: GLM-NB with α by moments from a Poisson fit, HC0 sandwich SEs.
        case glmNBMoments = "glm-nb-moments"
        /// Fallback 2: OLS on ln(1 + y) with HC3 SEs; exp(β) is an approximate multiplier.
        case olsLog = "ols-log1p"
        /// Logistic regression (hurdle part 1).
        case logit
        /// Zero-truncated NB2 (hurdle part 2).
        case truncatedNB2 = "zero-truncated-nb2"
    }

    public var method: Method
    /// True for a fallback: no recommendation may rest on it alone.
    public var unstable: Bool
    /// Why the primary estimator failed, when it did.
    public var failure: String?
    public var terms: [RegressionTerm]
    /// NB2 dispersion α (nil for OLS and logit).
    public var alpha: Double?
    /// Full log-likelihood (nil for OLS).
    public var logLikelihood: Double?
    /// Posts in the fit.
    public var n: Int
    /// Fisher-scoring iterations of the final fit.
    public var iterations: Int

    /// The term of a covariate.
    public func term(_ name: String) -> RegressionTerm? { terms.first { $0.name == name } }
}
