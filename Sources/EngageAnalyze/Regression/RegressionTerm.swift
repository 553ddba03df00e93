/// One coefficient of a fitted model, on the multiplicative scale.
public struct RegressionTerm: Sendable, Hashable {
    /// The covariate (`has_link`, `trend`, `class=follower-begging`…).
    public var name: String
    /// The coefficient β.
    public var beta: Double
    /// Its standard error.
    public var standardError: Double
    /// exp(β): incidence-rate ratio (NB2, GLM-NB), odds ratio (logit) or approximate multiplier (OLS
    /// on ln(1 + y)).
    public var ratio: Double
    /// exp(β − 1.959964·SE).
    public var lower: Double
    /// exp(β + 1.959964·SE).
    public var upper: Double
    /// Wald two-sided p-value.
    public var p: Double

    init(name: String, beta: Double, se: Double) {
        self.name = name
        self.beta = beta
        standardError = se
        let z = 1.959963984540054
        ratio = exp(beta)
        lower = exp(beta - z * se)
        upper = exp(beta + z * se)
        p = se > 0 ? NormalDistribution.twoSided(beta / se) : 1
    }
}

import Foundation
