package io.moduleregistry.spring;

/** The transactions contract on Spring Boot 4 (Spring Framework 7). */
class Boot4TransactionsTest extends TransactionsContract {
}
