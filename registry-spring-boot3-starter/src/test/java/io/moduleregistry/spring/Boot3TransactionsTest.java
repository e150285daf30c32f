package io.moduleregistry.spring;

/** The transactions contract on Spring Boot 3.5 (Spring Framework 6). */
class Boot3TransactionsTest extends TransactionsContract {
}
