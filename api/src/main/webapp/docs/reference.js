// The API's reference (docs/api.md): Swagger UI rendering the OpenAPI document Payara serves at the server's root.
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi?format=json',
        dom_id: '#swagger-ui',
        deepLinking: true,
        persistAuthorization: false
    });
});
